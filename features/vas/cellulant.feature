@vas @cellulant @needs-control
Feature: Cellulant bills and bundles (Kenya, partner 17)
  Cellulant pays bills and sells airtime across countries (partner 17). A tenant's services are the JSON in its
  mobilerecharge.cellulant.bundles.{tenantId} config item, in the country of cellulant.config.countryCode. The catalog
  lists those services; catalogQuery 17_{mobile or 0}_{account}_{serviceCode} lists the account's packages; the POST
  answers BUILDING with the package's amount and the PUT pays it in the wallet's currency.
  Sources: VAS use cases, "Purchase VAS from Cellulant"; ADR 0031.

  Background:
    Given I am logged in as the KES tenant's API user
    And a customer wallet holding 1000.00

  Scenario: The catalog lists the tenant's Cellulant services
    When I ask for the VAS catalog with catalogQuery "17"
    Then the catalog has partner 17 "Cellulant" with 4 products, among them:
      | productId            | productName       | fixedPriceIncl |
      | KE-DSTV              | DStv Kenya        | 0.00           |
      | KE-SAFARICOM-AIRTIME | Safaricom Airtime | 0.00           |

  Scenario: The document's catalogQuery lists the account's DStv packages
    When I ask for the VAS catalog with catalogQuery "17_254707720002_042381176772_KE-DSTV"
    Then the catalog has partner 17 "Cellulant" with 3 products, among them:
      | productId                                   | productName       | fixedPriceIncl |
      | 254707720002_042381176772_KE-DSTV_DSTVTESTKE | DStv Test Package | 517.00         |

  Scenario: The document's POST and PUT pay the DStv package
    When I send this payment request:
      """json
      {
        "additionalFields": [
          {
            "id": "msisdn",
            "value": "254707720002"
          }
        ],
        "landingUrl": "https://www.google.com/",
        "externalUniqueId": "{{$randomUUID}}",
        "paymentData": "17_254707720002_042381176772_KE-DSTV_DSTVTESTKE",
        "type": "GLOBAL_VAS",
        "currency": "KES",
        "walletId": 2536583
      }
      """
    Then the response status is 200
    And the payment is BUILDING with amount 517.00
    When I complete the payment with:
      """json
      {
        "amount": 517,
        "walletId":2536583,
        "landingUrl": "https://www.google.com/"
      }
      """
    Then the payment is SUCCESSFUL for 517.00 with fee 30.00 and extraInfo "statusCode" "183"
    And the wallet holds 453.00
    And the ledger invariants hold

  Scenario: The document's POST as printed, in ZAR, is refused for a Kenyan wallet
    When I send this payment request:
      """json
      { "additionalFields": [ { "id": "msisdn", "value": "254707720002" } ],
        "externalUniqueId": "{{$randomUUID}}", "paymentData": "17_254707720002_042381176772_KE-DSTV_DSTVTESTKE",
        "type": "GLOBAL_VAS", "currency": "ZAR", "walletId": 2536583 }
      """
    Then the response status is 400
    And the response is an error envelope with code "IAE001"

  Scenario: A suspended account is rejected by the biller and nothing is charged
    When I send this payment request:
      """json
      { "externalUniqueId": "{{$randomUUID}}", "paymentData": "17_0_1402140214_KE-DSTV_DSTVTESTKE", "type": "GLOBAL_VAS", "walletId": 2536583 }
      """
    And I complete the payment with:
      """json
      { "amount": 517, "walletId": 2536583 }
      """
    Then the payment is FAILED with errorDescription "Cellulant rejected the payment (140): Payment rejected by the biller: account suspended; the reserved funds were released"
    And the wallet holds 1000.00
