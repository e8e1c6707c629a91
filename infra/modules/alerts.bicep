// Log alert rules on Application Insights for what an operator must act on: delivery messages
// that reached the poison queue, failing function invocations, and a spike of account locks.
// docs/operations.md says what each alert means and what to do.

@description('Resource id of the Application Insights resource the rules query.')
param applicationInsightsId string

@description('Azure region of the rules; the region of Application Insights.')
param location string

@description('Tags applied to the rules and the action group.')
param tags { *: string }

@description('Prefix of the rule names, from the abbreviation table.')
param namePrefix string

@description('Unique token that ends every rule name.')
param resourceToken string

@description('Name of the action group that e-mails the alerts.')
param actionGroupName string

@description('Address that receives the alerts; empty to create the rules without notification.')
param alertEmailAddress string

@description('Name of the poison queue of the delivery function.')
param poisonQueueName string

@description('Failed function invocations within 15 minutes that raise the failure alert.')
@minValue(1)
param functionFailureThreshold int

@description('Account locks within one hour, across all companies, that raise the lock spike alert.')
@minValue(1)
param lockSpikeThreshold int

var notify = !empty(alertEmailAddress)

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = if (notify) {
  name: actionGroupName
  location: 'Global'
  tags: tags
  properties: {
    groupShortName: 'merchaccess'
    enabled: true
    emailReceivers: [
      {
        name: 'operators'
        emailAddress: alertEmailAddress
        useCommonAlertSchema: true
      }
    ]
  }
}

var actions = {
  actionGroups: notify ? [actionGroup.id] : []
}

// The app counts a delivery as failed when its last attempt fails, just before the host moves
// the message to the poison queue; the host logs the move itself, which also covers messages the
// app could not read. Either signal raises the alert.
var poisonQuery = '''
let failedDeliveries = customMetrics
    | where name == "merchantaccess.deliveries" and tostring(customDimensions["outcome"]) == "failed"
    | summarize Signals = sum(valueSum);
let movedMessages = traces
    | where message has "MaxDequeueCount" and message has "{0}"
    | summarize Signals = todouble(count());
union failedDeliveries, movedMessages
| summarize Signals = sum(Signals)
'''

var failureQuery = '''
requests
| where success == false
| summarize Failures = count()
'''

var lockQuery = '''
customMetrics
| where name == "merchantaccess.account_locks"
| summarize Locks = sum(valueSum)
'''

resource poisonAlert 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: '${namePrefix}poison-messages-${resourceToken}'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'MerchantAccess: delivery messages in the poison queue'
    description: 'A delivery failed on its last attempt and its message moved to ${poisonQueueName}. The user did not get the e-mail or SMS; see docs/operations.md to replay it.'
    severity: 1
    enabled: true
    evaluationFrequency: 'PT5M'
    windowSize: 'PT5M'
    scopes: [
      applicationInsightsId
    ]
    criteria: {
      allOf: [
        {
          query: format(poisonQuery, poisonQueueName)
          timeAggregation: 'Total'
          metricMeasureColumn: 'Signals'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: actions
  }
}

resource failureAlert 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: '${namePrefix}function-failures-${resourceToken}'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'MerchantAccess: failing function invocations'
    description: 'At least ${functionFailureThreshold} function invocations failed within 15 minutes: an HTTP function answered 500 or a delivery attempt threw. See docs/operations.md.'
    severity: 2
    enabled: true
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    scopes: [
      applicationInsightsId
    ]
    criteria: {
      allOf: [
        {
          query: failureQuery
          timeAggregation: 'Total'
          metricMeasureColumn: 'Failures'
          operator: 'GreaterThanOrEqual'
          threshold: functionFailureThreshold
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: actions
  }
}

resource lockSpikeAlert 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: '${namePrefix}lock-spike-${resourceToken}'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'MerchantAccess: spike of account locks'
    description: 'At least ${lockSpikeThreshold} accounts were locked within one hour, across all companies: possibly password guessing or a confusing security code hand-over. See docs/operations.md.'
    severity: 2
    enabled: true
    evaluationFrequency: 'PT15M'
    windowSize: 'PT1H'
    scopes: [
      applicationInsightsId
    ]
    criteria: {
      allOf: [
        {
          query: lockQuery
          timeAggregation: 'Total'
          metricMeasureColumn: 'Locks'
          operator: 'GreaterThanOrEqual'
          threshold: lockSpikeThreshold
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: actions
  }
}

output poisonAlertName string = poisonAlert.name
output failureAlertName string = failureAlert.name
output lockSpikeAlertName string = lockSpikeAlert.name
