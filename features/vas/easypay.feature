@vas @easypay @needs-control
Feature: EasyPay airtime, data and SMS packs (South Africa, partner 15)
  EasyPay sells airtime, data bundles and SMS packs to South African wallets (partner 15, class EasyPayMobileRecharge).
  The POST names the product (paymentData 15_{productCode}) and the msisdn and answers BUILDING; the PUT gives the amount
  and wallet, the funds are held and EasyPay sells: SUCCESSFUL with EasyPay's answer in extraInfo, or failed with the
  hold released. A fixed-price product keeps its price.
  Sources: VAS use cases, "Purchase VAS from EasyPay"; fact sheet 5; ADR 0030.

  Background:
    Given I am logged in as the ZAR tenant's API user
    And a customer wallet holding 1000.00

  Scenario: The catalog lists EasyPay's products
    When I ask for the VAS catalog with catalogQuery "15"
    Then the catalog has partner 15 "EasyPay" with 5 products, among them:
      | productId | productName                 | fixedPriceIncl |
      | 1764      | Vodacom Airtime             | 0.00           |
      | 1790      | Vodacom R29 Airtime Voucher | 29.00          |

  Scenario: The document's POST and PUT sell Vodacom airtime
    When I send this payment request:
      """json
      { 
        "additionalFields": [ 
          { 
            "id": "msisdn", 
            "value": "0821234567" 
          } 
        ], 
        "landingUrl": "https://www.google.com/", 
        "externalUniqueId": "{{$randomUUID}}", 
        "paymentData": "15_1764", 
        "type": "GLOBAL_VAS", 
        "phone": "0821234567", 
        "walletId": 2536583 
      }
      """
    Then the response status is 200
    And the payment is BUILDING with amount 0.00
    When I complete the payment with:
      """json
      { 
            "amount": 150, 
            "walletId": 2536583, 
            "externalUniqueId":"{{externalUniqueId}}" 
      }
      """
    Then the payment is SUCCESSFUL for 150.00 with fee 1.00 and extraInfo "Msisdn" "27821234567"
    And the wallet holds 849.00

  Scenario: A barred subscriber is declined and nothing is charged
    When I send this payment request:
      """json
      { "additionalFields": [ { "id": "msisdn", "value": "27820000005" } ],
        "externalUniqueId": "{{$randomUUID}}", "paymentData": "15_1764", "type": "GLOBAL_VAS", "walletId": 2536583 }
      """
    And I complete the payment with:
      """json
      { "amount": 50, "walletId": 2536583 }
      """
    Then the payment is FAILED with errorDescription "EasyPay declined the sale (5): Subscriber barred; the reserved funds were released"
    And the wallet holds 1000.00
