@vas @payat @needs-control
Feature: Pay@ bill payments (South Africa, partner 14)
  Pay@ pays municipal, telecom, retail and insurance accounts for South African wallets (partner 14, class PayAtRecharge).
  The POST names the biller (paymentData 14_{billerId}) and the account number; it answers BUILDING and moves no money.
  The PUT gives the amount and the paying wallet: the funds are held, Pay@ pays the biller, and the payment is SUCCESSFUL
  (the hold captured into the settlement, Pay@'s receipt in extraInfo) or failed (the hold released). Only one PUT.
  Sources: VAS use cases, "Purchase VAS from Pay@"; fact sheet 5; ADR 0030.

  Background:
    Given I am logged in as the ZAR tenant's API user
    And a customer wallet holding 1000.00

  Scenario: The catalog lists Pay@'s billers
    When I ask for the VAS catalog with catalogQuery "14"
    Then the catalog has partner 14 "Pay@" with 4 products, among them:
      | productId | productName                     | fixedPriceIncl |
      | 14577     | City of Tshwane Rates and Taxes | 0.00           |
      | 14578     | Telkom Account                  | 0.00           |

  Scenario: The document's POST builds the payment and its PUT pays the biller
    When I send this payment request:
      """json
      { 
            "additionalFields": [ 
              { 
                "id": "accountNumber", 
                "value": "12345678901" 
              } 
            ], 
            "externalUniqueId": "{{$randomUUID}}", 
            "paymentData": "14_14577", 
            "type": "GLOBAL_VAS" 
      }
      """
    Then the response status is 200
    And the payment is BUILDING with amount 0.00
    And the response has the fields paymentId, externalUniqueId, status, amount, currency, additionalFields, paymentData, walletId, customerId, gatewayTransactionId
    And the wallet holds 1000.00
    When I complete the payment with:
      """json
      { 
            "amount": 150, 
            "walletId": 2536583, 
            "externalUniqueId":"{{externalUniqueId}}" 
      }
      """
    Then the response status is 200
    And the payment is SUCCESSFUL for 150.00 with fee 3.50 and extraInfo "responseCode" "00"
    And the wallet holds 846.50
    And the ledger invariants hold

  Scenario: A closed account is declined by Pay@ and nothing is charged
    When I send this payment request:
      """json
      { "additionalFields": [ { "id": "accountNumber", "value": "4400000005" } ],
        "externalUniqueId": "{{$randomUUID}}", "paymentData": "14_14577", "type": "GLOBAL_VAS" }
      """
    And I complete the payment with:
      """json
      { "amount": 150, "walletId": 2536583 }
      """
    Then the payment is FAILED with errorDescription "Pay@ declined the payment (05): ACCOUNT CLOSED - DO NOT HONOUR; the reserved funds were released"
    And the wallet holds 1000.00

  Scenario: A PUT without the paying wallet is refused, and a payment takes only one PUT
    When I send this payment request:
      """json
      { "additionalFields": [ { "id": "accountNumber", "value": "12345678901" } ],
        "externalUniqueId": "{{$randomUUID}}", "paymentData": "14_14577", "type": "GLOBAL_VAS" }
      """
    And I complete the payment with:
      """json
      { "amount": 150 }
      """
    Then the response status is 400
    And the response is an error envelope with code "VAL001"
    When I complete the payment with:
      """json
      { "amount": 150, "walletId": 2536583 }
      """
    And I complete the payment with:
      """json
      { "amount": 150, "walletId": 2536583 }
      """
    Then the response status is 409
    And the response is an error envelope with code "IAE002"
    And the wallet holds 846.50
