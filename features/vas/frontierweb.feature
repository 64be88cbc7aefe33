@vas @frontierweb @needs-control
Feature: FrontierWeb VAS purchases (Botswana, partner 20)
  FrontierWeb Services sells airtime, DSTV recharges and prepaid electricity to Botswana wallets (partner 20). One POST
  runs the pre-vend (validation) and the vend (fulfilment): it answers SUCCESSFUL at once with the funds deducted, but
  the token, voucher or receipt (extraInfo) only appears on GET /payments/{paymentId} once the provider confirmed.
  SUCCESSFUL alone is not final: when the provider cannot confirm, the payment flips to FAILED and the wallet is
  reversed. A callbackUrl receives the final payment.
  Sources: VAS use cases, "Purchase VAS from FrontierWeb Services" (the newer, asynchronous version; the older one is
  the SYNC policy); fact sheet 5.

  Background:
    Given I am logged in as the API user of the Botswana tenant
    And a Botswana customer wallet holding 1000.00

  Scenario: The catalog lists the document's FrontierWeb products
    When I ask for the VAS catalog with catalogQuery "20"
    Then the catalog has partner 20 "FrontierWebServices" with 25 products, among them:
      | productId | productName        | fixedPriceIncl |
      | 500       | BE MOBILE 10       | 10.00          |
      | 501       | BE MOBILE 20       | 20.00          |
      | 1259      | Bots DSTV Balance  | 0.00           |
      | 1260      | Bots DSTV Recharge | 0.00           |
      | 1247      | Utility Pre Vend   | 0.00           |
      | 1248      | Utility Token      | 0.00           |

  Scenario: The document's utility request answers SUCCESSFUL without extraInfo
    When I send this payment request:
      """json
      {
          "externalUniqueId": "{{$randomUUID}}",
          "paymentData": "20_1248_1247",
          "type": "GLOBAL_VAS",
          "additionalFields": [
              {
                  "id": "msisdn",
                  "value": "772216623"
              },
              {
                  "id": "meterNumber",
                  "value": "21500123456"
              }
          ],
          "amount": 180,
          "currency": "BWP",
          "walletId": 2536583
      }
      """
    Then the response status is 200
    And the payment is SUCCESSFUL without extraInfo
    And the response has the fields paymentId, externalUniqueId, status, amount, description, currency, additionalFields, paymentType, paymentData, fee, paymentReference, walletId, customerId, gatewayTransactionId, paymentTerminalData, tracingContext

  Scenario Outline: The <use case> request answers SUCCESSFUL at once and GET later carries the <slot>
    When I send the document's <use case> request
    Then the payment is SUCCESSFUL without extraInfo
    And its amount is <amount>, its fee <fee> and its paymentReference "<reference>"
    And the wallet holds <balance>
    When I poll the payment until it is final
    Then the payment is SUCCESSFUL with extraInfo carrying thirdPartyResponse.<slot>

    Examples:
      | use case      | amount | fee  | reference | balance | slot                |
      | utility token | 180.00 | 4.00 | 1248_1247 | 816.00  | electricityResponse |
      | DSTV recharge | 33.00  | 4.00 | 1260_1259 | 963.00  | billPaymentResponse |
      | airtime       | 20.00  | 5.00 | 501_0     | 975.00  | voucherResponse     |

  Rule: SUCCESSFUL without extraInfo is not final

    Scenario: A vend whose answer was lost is completed from the transaction check
      Given FrontierWeb vends for meter "21500000051" but its answer never arrives
      When I send the document's utility token request for meter "21500000051"
      And the provider's timeout passes until the payment is final
      Then the payment is SUCCESSFUL with extraInfo carrying thirdPartyResponse.electricityResponse
      And the wallet holds 816.00

    Scenario: A vend that never reached the provider is reversed after the transaction check
      Given FrontierWeb never answers vends for meter "21500000052"
      When I send the document's utility token request for meter "21500000052"
      And I read the payment
      Then the payment is SUCCESSFUL without extraInfo
      And the wallet holds 816.00
      When the provider's timeout passes until the payment is final
      Then the payment is FAILED with an errorDescription
      And the wallet holds 1000.00

  Scenario: A declined pre-vend reverses the wallet
    When I send the document's utility token request for meter "04000000001"
    And I poll the payment until it is final
    Then the payment is FAILED with an errorDescription
    And the wallet holds 1000.00
    And the ledger invariants hold

  Scenario: The callbackUrl receives the final payment
    Given a callback receiver of the channel
    When I send the document's utility token request with the receiver as callbackUrl
    And I poll the payment until it is final
    Then the receiver gets the payment with status SUCCESSFUL and the same extraInfo

  Scenario: A second payment with the same externalUniqueId is refused
    When I send the document's airtime request
    And I send the same payment request again
    Then the response status is 409
    And the response is an error envelope with code "IAE002"
    And the wallet holds 975.00
