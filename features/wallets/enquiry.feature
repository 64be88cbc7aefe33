@wallets
Feature: Wallet enquiry
  Global integrators have wallets in their own tenant, set up to disburse funds to other tenants; their tenantId and
  walletIds are communicated to them and the standard wallet enquiry API reads them. A tenant never sees another
  tenant's wallets. Sources: Global Integrator use cases, "Integrator Wallet Enquiry"; fact sheet 3.4.

  @integrator
  Scenario: The integrator reads its disbursement wallet with the standard enquiry
    Given I am logged in as the global integrator
    When I enquire my disbursement wallet
    Then the response status is 200
    And the response has the fields walletId, currentBalance, availableBalance, currency, status
    And the available balance is the current balance less reservations

  Scenario: Another tenant's wallet is not found through my tenant
    Given I am logged in as the tenant API user
    When I enquire the other tenant's funded wallet through my tenant
    Then the response status is 404
    And the response is an error envelope with code "ARCH086"

  Scenario: A tenant user may not act in another tenant
    Given I am logged in as the tenant API user
    When I enquire the other tenant's funded wallet in that tenant
    Then the response status is 403
    And the response is an error envelope with code "SEC001"
