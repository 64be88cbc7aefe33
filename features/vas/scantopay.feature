@vas @scantopay @needs-control
Feature: Scan to Pay VAS purchases (South Africa, partner 5)
  Scan to Pay sells MTN and Vodacom airtime, data and SMS bundles to South African wallets (partner 5). The channel
  first asks which network the number is on (GET /vas/{msisdn}: MTN is network 4, Vodacom 5, anything else 0), then
  keeps the catalog entry of that network. The POST answers BUILDING and moves no money; a PUT with amount, walletId
  and landingUrl completes it (funds reserved, recharged, settled) — once. A voucher for another network than the
  number's is refused with IAE001.
  Sources: VAS use cases, "Purchase VAS from Scan to Pay"; fact sheet 5; ADR 0028.

  Background:
    Given I am logged in as the API user of the South African tenant
    And a South African customer wallet holding 1000.00

  Scenario Outline: The network lookup answers <name> numbers with network id <id>
    When I look up the network of "<msisdn>"
    Then the number is on network <id> "<name>"

    Examples:
      | msisdn      | id | name    |
      | 27821234567 | 5  | Vodacom |
      | 0831234567  | 4  | MTN     |
      | 27841234567 | 0  | Cell C  |
      | 27501234567 | 0  | UNKNOWN |

  Scenario: The catalog has one entry per network
    When I ask for the VAS catalog with catalogQuery "5"
    Then the catalog lists partner 5 as "Vodacom", "MTN"

  Scenario: Filtered for a Vodacom number the catalog is the document's example
    When I ask for the VAS catalog with catalogQuery "5_27821234567"
    Then the catalog is partner 5 "Vodacom" with exactly these products:
      | productTypeName | productId | productName |
      | SMS             | VS02      | SMS20       |
      | SMS             | VS03      | SMS50       |
      | SMS             | VS04      | SMS100      |
      | DATA            | VD11      | DATA75MB    |
      | DATA            | VD12      | DATA240MB   |
      | DATA            | VD13      | DATA400MB   |
      | DATA            | VD14      | DATA600MB   |
      | DATA            | VD50      | DATA2.5GB   |
      | AIRTIME         | 01        | 100 Minutes |
      | AIRTIME         | 03        | 500 Minutes |
      | AIRTIME         | 05        | 250 Minutes |

  Scenario: The document's purchase is BUILDING until its PUT completes it, once
    When I send this payment request:
      """json
      {
        "additionalFields": [
          {
            "id": "msisdn",
            "value": "27821234567"
          }
        ],
        "landingUrl": "https://www.google.com/",
        "callbackUrl": "http://www.callback.com",
        "externalUniqueId": "{{$randomUUID}}",
        "paymentData": "5_VD50",
        "type": "GLOBAL_VAS",
        "currency": "ZAR",
        "walletId": 2536583
      }
      """
    Then the response status is 200
    And the payment status is BUILDING
    And the wallet holds 1000.00
    When I complete the payment with:
      """json
      {
        "amount": 155,
        "walletId":2536583,
        "landingUrl": "https://www.google.com/"
      }
      """
    Then the response status is 200
    And the payment status is SUCCESSFUL
    And the response has the fields paymentId, externalUniqueId, status, amount, description, currency, additionalFields, paymentType, paymentData, fee, paymentReference, walletId, customerId, gatewayTransactionId, tracingContext
    And extraInfo carries result, transactionId
    And the wallet holds 844.00
    When I complete the payment with amount 155
    Then the response status is 409
    And the response is an error envelope with code "IAE002"

  Scenario: A Vodacom voucher for an MTN number is refused with IAE001
    When I start a purchase of "5_VD50" with msisdn "27831234567"
    Then the response status is 400
    And the response is an error envelope with code "IAE001"
    And the error description is "Invalid voucher for the users network. User is on network id 4 but voucher is for network id 5"

  Scenario: A PUT without walletId is refused with 400 and changes nothing
    When I start a purchase of "5_VD11" with msisdn "27821234567"
    And I complete the payment with:
      """json
      { "amount": 12, "landingUrl": "https://www.google.com/" }
      """
    Then the response status is 400
    And the response is an error envelope with code "VAL001"
    And the wallet holds 1000.00

  Scenario: A recharge Scan to Pay declines fails and releases the reserved funds
    When I start a purchase of "5_VD11" with msisdn "27821230000"
    And I complete the payment with amount 12
    Then the payment is FAILED with an errorDescription
    And the wallet holds 1000.00

  Rule: A lost answer is settled by Scan to Pay's status query

    Scenario: A recharge whose answer was lost is confirmed and settled
      Given the scantopay simulator processes Recharge requests whose msisdn is "27821234561" but the answer never arrives
      When I start a purchase of "5_VS02" with msisdn "27821234561"
      And I complete the payment with amount 20 while the provider's timeout passes
      Then the payment status is SUCCESSFUL
      And the wallet holds 979.00

    Scenario: A recharge that never reached Scan to Pay fails and changes no balance
      Given the scantopay simulator never answers Recharge requests whose msisdn is "27821234562"
      When I start a purchase of "5_VS03" with msisdn "27821234562"
      And I complete the payment with amount 30 while the provider's timeout passes
      Then the payment is FAILED with an errorDescription
      And the wallet holds 1000.00
