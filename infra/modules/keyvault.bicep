// The Key Vault that holds the token signing key and the key that encrypts company security
// codes. Access is by Azure RBAC only (no access policies). The secrets themselves are created
// after provisioning by infra/scripts/create-secrets.sh, because a template cannot generate a
// secret without writing it into the deployment history.

@description('Name of the vault: 3 to 24 letters, digits and hyphens.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the vault.')
param location string

@description('Tags applied to the vault.')
param tags { *: string }

@description('Days a deleted secret or vault can still be recovered.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // Losing the encryption key makes every stored company security code unreadable, so a
    // deleted vault must stay recoverable for its whole retention period.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

output id string = vault.id
output name string = vault.name
output uri string = vault.properties.vaultUri
