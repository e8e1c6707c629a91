// Azure Communication Services for e-mail and SMS: an Email Communication Service with an
// Azure-managed domain, linked to the Communication Services resource that the app calls.
// SMS needs a phone number or an alphanumeric sender id, which is acquired in the portal and
// passed to the app as MerchantAccess__Delivery__SmsSender.

@description('Name of the Communication Services resource.')
param communicationServiceName string

@description('Name of the Email Communication Service.')
param emailServiceName string

@description('Geography where the services keep their data at rest, for example Europe or France.')
param dataLocation string

@description('Tags applied to the resources.')
param tags { *: string }

resource emailService 'Microsoft.Communication/emailServices@2023-04-01' = {
  name: emailServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
  }

  // An Azure-managed domain is verified at creation, so the app can send from it at once.
  // A custom domain needs DNS records and is added after provisioning.
  resource managedDomain 'domains' = {
    name: 'AzureManagedDomain'
    location: 'global'
    tags: tags
    properties: {
      domainManagement: 'AzureManaged'
      userEngagementTracking: 'Disabled'
    }
  }
}

resource communicationService 'Microsoft.Communication/communicationServices@2023-04-01' = {
  name: communicationServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: [
      emailService::managedDomain.id
    ]
  }
}

output id string = communicationService.id
output name string = communicationService.name
output endpoint string = 'https://${communicationService.properties.hostName}'

// Azure-managed domains send from DoNotReply@<domain>; other sender names need a custom domain.
output senderAddress string = 'DoNotReply@${emailService::managedDomain.properties.mailFromSenderDomain}'
