// Learning the Lessons for Teams: the Azure resources of one deployment, all in a UK region.
//   App Service (Linux, Node 24)  runs the one service process: bot endpoint, JSON API, tab
//   Azure Bot (SingleTenant)      connects the bot to Teams over the multi-tenant Entra app
//   PostgreSQL flexible server    the store (DATABASE_URL)
//   Key Vault                     the secrets; the App Service reads them by managed identity
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

@description('PostgreSQL administrator login.')
param postgresAdminLogin string = 'ltladmin'

@secure()
@description('PostgreSQL administrator password.')
param postgresAdminPassword string

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

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-${name}'
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
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

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2022-12-01' = {
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
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2022-12-01' = {
  parent: postgres
  name: databaseName
  properties: { charset: 'UTF8', collation: 'en_US.utf8' }
}

// Lets Azure services (the App Service) reach the server; nothing else from outside.
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2022-12-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'microsoft-app-password'
  properties: { value: botAppPassword }
}

resource databaseUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'database-url'
  properties: {
    value: 'postgres://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=require'
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
    MICROSOFT_APP_ID: botAppId
    MICROSOFT_APP_PASSWORD: '@Microsoft.KeyVault(SecretUri=${appPasswordSecret.properties.secretUri})'
    MICROSOFT_APP_TYPE: 'SingleTenant'
    MICROSOFT_APP_TENANT_ID: botTenantId
    TEAMS_APP_ID: teamsAppId
    PUBLIC_BASE_URL: publicBaseUrl
    ALLOWED_TENANTS: allowedTenants
    OPERATOR_KEY: '@Microsoft.KeyVault(SecretUri=${operatorKeySecret.properties.secretUri})'
  }
  dependsOn: [webReadsSecrets]
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

// Written back to env/.env.<environment> by the Agents Toolkit (output names in upper case).
output PUBLIC_BASE_URL string = publicBaseUrl
output PUBLIC_HOST string = publicHost
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = web.id
output AZURE_KEY_VAULT_NAME string = vault.name
output POSTGRES_SERVER_NAME string = postgres.name
