// MerchantAccess on Azure: a function app on the Flex Consumption plan that runs as a
// user-assigned managed identity, with its storage, Key Vault, Communication Services,
// monitoring and alerts. Deployed into an existing resource group, by `azd up` or by
// `az deployment group create` (see docs/deploy.md).
targetScope = 'resourceGroup'

@description('Name of the azd environment, for example prod or test; part of every resource name.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Azure region of the resources. Communication Services and action groups are global.')
param location string = resourceGroup().location

@description('Object id of the person or pipeline that deploys. It gets Key Vault Secrets Officer, to create and rotate the keys, and Storage Queue Data Contributor, to replay poison messages. Empty grants nothing.')
param principalId string = ''

@description('Kind of principalId.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param principalType string = 'User'

@description('Phone number of merchant support, shown to users whose account is locked.')
@minLength(1)
param supportPhone string

@description('E-mail address of merchant support, shown to users whose account is locked.')
@minLength(3)
param supportEmail string

@description('Address that receives the summary of each unlock audit; empty sends no summary.')
param supportMailbox string = ''

@description('Display name of the sender of e-mails.')
param senderName string = 'Merchant Back Office'

@description('SMS sender: a phone number of the Communication Services resource in E.164, or an alphanumeric sender id. Numbers are acquired in the portal; empty until one is.')
param smsSender string = ''

@description('Geography where Communication Services keeps data at rest.')
param communicationDataLocation string = 'Europe'

@description('Six-field NCRONTAB schedule of the unlock audit, in UTC.')
param unlockAuditSchedule string = '0 0 6 * * *'

@description('Six-field NCRONTAB schedule of the delivery sweep, in UTC.')
param deliverySweepSchedule string = '0 */5 * * * *'

@description('Name of the delivery queue; its poison queue is this name followed by -poison.')
@minLength(3)
@maxLength(56)
param deliveryQueueName string = 'deliveries'

@description('Set to true while a rotated encryption key must still be read: the app then reads MerchantAccess__Secrets__PreviousEncryptionKeys from the Key Vault secret previous-encryption-keys.')
param usePreviousEncryptionKeys bool = false

@description('Redundancy of the storage account that holds the accounts.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_ZRS'

@description('Most instances the Flex Consumption plan scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Days that logs and telemetry are kept.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 90

@description('Address that receives the alerts; empty creates the alert rules without notification.')
param alertEmailAddress string = ''

@description('Failed function invocations within 15 minutes that raise an alert.')
@minValue(1)
param functionFailureThreshold int = 5

@description('Account locks within one hour, across all companies, that raise an alert.')
@minValue(1)
param lockSpikeThreshold int = 20

var abbreviations = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
  application: 'merchantaccess'
}

var functionAppName = '${abbreviations.webSitesFunctions}${resourceToken}'
var identityName = '${abbreviations.managedIdentityUserAssignedIdentities}${resourceToken}'
var storageAccountName = '${abbreviations.storageStorageAccounts}${resourceToken}'
var keyVaultName = '${abbreviations.keyVaultVaults}${resourceToken}'
var applicationInsightsName = '${abbreviations.insightsComponents}${resourceToken}'
var communicationServiceName = '${abbreviations.communicationCommunicationServices}${resourceToken}'
var deploymentContainerName = 'app-package-${resourceToken}'
var poisonQueueName = '${deliveryQueueName}-poison'

// Tables the app uses, named as in StorageOptions with an empty prefix. The app creates no table
// in Azure, so a table missing here is missing in production.
var tableNames = [
  'Accounts'
  'Directory'
  'RateLimits'
]

// Names of the Key Vault secrets. infra/scripts/create-secrets.sh creates the first two.
var encryptionKeySecretName = 'encryption-key'
var tokenSigningKeySecretName = 'token-signing-key'
var previousEncryptionKeysSecretName = 'previous-encryption-keys'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: '${abbreviations.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    skuName: storageSkuName
    tableNames: tableNames
    queueNames: [
      deliveryQueueName
      poisonQueueName
    ]
    deploymentContainerName: deploymentContainerName
    // Named as StorageOptions.ReportsContainer with an empty prefix.
    appContainerNames: [
      'unlock-reports'
    ]
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyVault'
  params: {
    name: keyVaultName
    location: location
    tags: tags
    softDeleteRetentionInDays: 90
  }
}

module communication 'modules/communication.bicep' = {
  name: 'communication'
  params: {
    communicationServiceName: communicationServiceName
    emailServiceName: '${abbreviations.communicationEmailServices}${resourceToken}'
    dataLocation: communicationDataLocation
    tags: tags
  }
}

module access 'modules/access.bicep' = {
  name: 'access'
  params: {
    storageAccountName: storageAccountName
    keyVaultName: keyVaultName
    applicationInsightsName: applicationInsightsName
    communicationServiceName: communicationServiceName
    appIdentityName: identityName
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
  }
  // The names are known before deployment, so what-if can predict the assignments; the
  // resources themselves must exist first.
  dependsOn: [
    identity
    storage
    keyVault
    monitoring
    communication
  ]
}

// Every setting the app reads in Azure; the settings catalog of the app
// (src/MerchantAccess.Functions/Configuration) and a test keep the two in step. Secrets are Key
// Vault references resolved with the app's identity, so no value here is a key.
var appSettings = {
  AzureWebJobsStorage__accountName: storage.outputs.name
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.outputs.clientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
  DeliveryQueueName: deliveryQueueName
  UnlockAuditSchedule: unlockAuditSchedule
  DeliverySweepSchedule: deliverySweepSchedule
  MerchantAccess__Secrets__EncryptionKey: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.uri}secrets/${encryptionKeySecretName}/)'
  MerchantAccess__Secrets__TokenSigningKey: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.uri}secrets/${tokenSigningKeySecretName}/)'
  MerchantAccess__Secrets__PreviousEncryptionKeys: usePreviousEncryptionKeys
    ? '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.uri}secrets/${previousEncryptionKeysSecretName}/)'
    : ''
  MerchantAccess__Support__Phone: supportPhone
  MerchantAccess__Support__Email: supportEmail
  MerchantAccess__Delivery__Transport: 'acs'
  MerchantAccess__Delivery__AcsEndpoint: communication.outputs.endpoint
  MerchantAccess__Delivery__AcsAuthentication: 'managedIdentity'
  MerchantAccess__Delivery__ManagedIdentityClientId: identity.outputs.clientId
  MerchantAccess__Delivery__SenderAddress: communication.outputs.senderAddress
  MerchantAccess__Delivery__SenderName: senderName
  MerchantAccess__Delivery__SmsSender: smsSender
  MerchantAccess__Delivery__SupportMailbox: supportMailbox
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionApp'
  params: {
    name: functionAppName
    planName: '${abbreviations.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    appSettings: appSettings
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
  // The app starts at once and needs its data roles and Key Vault access to resolve its settings.
  dependsOn: [
    access
  ]
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  params: {
    applicationInsightsId: monitoring.outputs.applicationInsightsId
    location: location
    tags: tags
    namePrefix: abbreviations.insightsScheduledQueryRules
    resourceToken: resourceToken
    actionGroupName: '${abbreviations.insightsActionGroups}${resourceToken}'
    alertEmailAddress: alertEmailAddress
    poisonQueueName: poisonQueueName
    functionFailureThreshold: functionFailureThreshold
    lockSpikeThreshold: lockSpikeThreshold
  }
}

output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = resourceGroup().name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_URI string = keyVault.outputs.uri
output AZURE_COMMUNICATION_SERVICES_ENDPOINT string = communication.outputs.endpoint
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.applicationInsightsConnectionString
output MERCHANTACCESS_SENDER_ADDRESS string = communication.outputs.senderAddress
output MERCHANTACCESS_DELIVERY_QUEUE string = deliveryQueueName
output MERCHANTACCESS_POISON_QUEUE string = poisonQueueName
output MERCHANTACCESS_ENCRYPTION_KEY_SECRET string = encryptionKeySecretName
output MERCHANTACCESS_TOKEN_SIGNING_KEY_SECRET string = tokenSigningKeySecretName
output MERCHANTACCESS_PREVIOUS_ENCRYPTION_KEYS_SECRET string = previousEncryptionKeysSecretName
