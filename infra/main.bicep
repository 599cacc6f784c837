// Learning the Lessons for Teams: the Azure resources of one deployment, all in a UK region.
//   App Service (Linux, Node 24)  runs the one service process: bot endpoint, JSON API, tab
//   Azure Bot (SingleTenant)      connects the bot to Teams over the multi-tenant Entra app
//   PostgreSQL flexible server    the store, with no public endpoint: reached through a private
//                                 endpoint in the virtual network the App Service joins
//   Key Vault                     the secrets; the App Service reads them by managed identity
// API versions are documented, non-preview ones (Microsoft.Web 2023-12-01, Microsoft.Network
// 2023-11-01, private DNS 2020-06-01, Microsoft.DBforPostgreSQL 2024-08-01, which has
// network.publicNetworkAccess and private endpoints for an existing server).
// The Entra app registration is not created here: m365agents.yml creates it (aadApp/create), or
// the deploy guide in README.md says how to register it by hand. Its ids come in as parameters.

@description('A short lower-case suffix that keeps resource names unique, e.g. ltldev.')
@minLength(3)
@maxLength(12)
param resourceSuffix string

@description('UK region for the service and its data.')
@allowed(['uksouth', 'ukwest'])
param location string = 'uksouth'

@description('The multi-tenant Entra app registration client id: the bot id and the SSO audience.')
param botAppId string

@description('The publisher tenant, where the Entra app and the Azure Bot resource live.')
param botTenantId string = tenant().tenantId

@secure()
@description('The Entra app client secret (MICROSOFT_APP_PASSWORD).')
param botAppPassword string

@description('The Teams app id (the manifest id, used in deep links).')
param teamsAppId string

@description('Force tenant ids the service serves, comma-separated (seeds the tenants table).')
param allowedTenants string = ''

@description('PostgreSQL administrator login: the migration role, which owns the schema (DATABASE_MIGRATION_URL).')
param postgresAdminLogin string = 'ltladmin'

@secure()
@description('PostgreSQL administrator password.')
param postgresAdminPassword string

@description('The runtime role the service serves with (DATABASE_URL): it reads and writes rows only. The service creates it at its first start, through the migration role.')
param postgresAppLogin string = 'ltl_app'

@secure()
@description('The runtime role\'s password.')
param postgresAppPassword string

@secure()
@minLength(32)
@description('The operator key for the service admin endpoints: at least 32 random characters.')
param operatorKey string

@description('App Service plan size; B1 is enough for a pilot, P0v3 for many forces.')
param appServiceSku string = 'B1'

var name = 'ltl-${resourceSuffix}'
var databaseName = 'ltl'
// The built-in role "Key Vault Secrets User".
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'plan-${name}'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

// The private network of the deployment: the App Service's outbound calls to the database go
// through the `app` subnet (VNet integration); the database's private endpoint sits in `data`.
resource vnet 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: 'vnet-${name}'
  location: location
  properties: {
    addressSpace: { addressPrefixes: ['10.40.0.0/16'] }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: '10.40.1.0/26'
          delegations: [
            { name: 'app-service', properties: { serviceName: 'Microsoft.Web/serverFarms' } }
          ]
        }
      }
      {
        name: 'data'
        properties: {
          addressPrefix: '10.40.2.0/27'
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

// Read from the network itself, so what uses them waits until the network exists.
var appSubnetId = vnet.properties.subnets[0].id
var dataSubnetId = vnet.properties.subnets[1].id

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-${name}'
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    // Regional VNet integration: private addresses (the database's endpoint) are reached through
    // the virtual network and its private DNS zone; other traffic leaves as before.
    virtualNetworkSubnetId: appSubnetId
    siteConfig: {
      // Node 24 LTS: Node 20 reached its end of life in April 2026 and 22 ends in April 2027.
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node --import tsx src/server/main.ts'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-${name}'
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: 'psql-${name}'
  location: location
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
    // No public endpoint: no firewall rule admits anyone, not even other Azure customers. The
    // private endpoint below is the only way in. (Private access, VNet injection, can only be
    // chosen when a server is created; a private endpoint also serves an existing server.)
    network: { publicNetworkAccess: 'Disabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: { charset: 'UTF8', collation: 'en_US.utf8' }
}

resource postgresDns 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.postgres.database.azure.com'
  location: 'global'
}

resource postgresDnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: postgresDns
  name: 'vnet-${name}'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: vnet.id }
  }
}

resource postgresEndpoint 'Microsoft.Network/privateEndpoints@2023-11-01' = {
  name: 'pe-psql-${name}'
  location: location
  properties: {
    subnet: { id: dataSubnetId }
    privateLinkServiceConnections: [
      {
        name: 'psql-${name}'
        properties: {
          privateLinkServiceId: postgres.id
          groupIds: ['postgresqlServer']
        }
      }
    ]
  }
}

resource postgresEndpointDns 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-11-01' = {
  parent: postgresEndpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      { name: 'postgres', properties: { privateDnsZoneId: postgresDns.id } }
    ]
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'microsoft-app-password'
  properties: { value: botAppPassword }
}

var postgresHost = '${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=require'

// The runtime role: reads and writes rows, nothing more (the service creates it with this
// password through the migration role, and grants it exactly that).
resource databaseUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'database-url'
  properties: {
    value: 'postgres://${postgresAppLogin}:${uriComponent(postgresAppPassword)}@${postgresHost}'
  }
}

// The migration role, which owns the schema: the server's administrator login.
resource databaseMigrationUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'database-migration-url'
  properties: {
    value: 'postgres://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgresHost}'
  }
}

resource operatorKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'operator-key'
  properties: { value: operatorKey }
}

// Reading secrets, for the App Service's managed identity only.
resource webReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, web.id, 'Key Vault Secrets User')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

var publicHost = web.properties.defaultHostName
var publicBaseUrl = 'https://${publicHost}'

resource settings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: web
  name: 'appsettings'
  properties: {
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    LOG_LEVEL: 'info'
    CONTENT_DIR: './content'
    DATABASE_URL: '@Microsoft.KeyVault(SecretUri=${databaseUrlSecret.properties.secretUri})'
    DATABASE_MIGRATION_URL: '@Microsoft.KeyVault(SecretUri=${databaseMigrationUrlSecret.properties.secretUri})'
    MICROSOFT_APP_ID: botAppId
    MICROSOFT_APP_PASSWORD: '@Microsoft.KeyVault(SecretUri=${appPasswordSecret.properties.secretUri})'
    MICROSOFT_APP_TYPE: 'SingleTenant'
    MICROSOFT_APP_TENANT_ID: botTenantId
    TEAMS_APP_ID: teamsAppId
    PUBLIC_BASE_URL: publicBaseUrl
    ALLOWED_TENANTS: allowedTenants
    OPERATOR_KEY: '@Microsoft.KeyVault(SecretUri=${operatorKeySecret.properties.secretUri})'
  }
  dependsOn: [webReadsSecrets, postgresEndpointDns, postgresDnsLink]
}

// Azure Bot: SingleTenant in the publisher tenant (new multi-tenant bot resources cannot be
// created since July 2025); the Entra app behind it is multi-tenant, so each force can consent.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${name}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'Learning the Lessons'
    endpoint: '${publicBaseUrl}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

// The Microsoft 365 channel: the message extension reaches the bot through it from Outlook and
// the Microsoft 365 app (the Teams channel serves Teams only).
resource m365Channel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'M365Extensions'
  location: 'global'
  properties: {
    channelName: 'M365Extensions'
  }
}

// Written back to env/.env.<environment> by the Agents Toolkit (output names in upper case).
output PUBLIC_BASE_URL string = publicBaseUrl
output PUBLIC_HOST string = publicHost
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = web.id
output AZURE_KEY_VAULT_NAME string = vault.name
output POSTGRES_SERVER_NAME string = postgres.name
