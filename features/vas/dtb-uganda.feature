@vas @dtb @needs-control
Feature: DTB Uganda VAS payments through the Fiorano gateway (partner 21)
  Ugandan tenants pay NWSC water, UMEME electricity and URA tax, and top up MTN wallets, through Diamond Trust Bank.
  Catalog queries validate the reference and answer the account's details; a payment answers PENDING with the dtb*
  keys in extraInfo and the funds reserved, and DTB (Fiorano) confirms it later: SUCCESSFUL, or ERROR with the funds
  released.
  Sources: VAS use cases, "Uganda VAS Providers" (NWSC, UMEME, URA, MTN wallet top-up); ADR 0032-0033.

  Background:
    Given I am logged in as the API user of the Uganda DTB tenant
    And a DTB customer wallet holding 100000.00

  Scenario: The local catalog lists NWSC, URA tax and UMEME
    When I ask for the VAS catalog with catalogQuery "21_LOCAL-CATALOG"
    Then the catalog lists partner 21 "DTBUGVasProvider" with the products NWSC, ETAX, UMEME

  Scenario: An NWSC customer reference and area answer the customer and the outstanding balance
    When I ask for the VAS catalog with catalogQuery "21_NWSC_21117391_Kampala"
    Then the catalog answers partner 21 "DTBUGVasProvider" with product "NWSC_21117391" carrying:
      | id             | defaultValue    |
      | CustName       | ROBERT MWESIGYE |
      | Area           | Kampala         |
      | OutstandingBal | 71683           |

  Scenario: A URA PRN answers the taxpayer and the amount
    When I ask for the VAS catalog with the bare query "21_ETAX_2240000621955"
    Then the catalog answers partner 21 "DTBUGVasProvider" with product "ETAX_2240000621955" carrying:
      | id           | defaultValue               |
      | TaxpayerName | DAMBAK ENTERPRISES LIMITED |
      | Amount       | 25000                      |

  Scenario: The document's UMEME payment is PENDING until DTB confirms it
    When I send this payment request:
      """json
      {
         "externalUniqueId":"{{$randomUUID}}",
         "type":"GLOBAL_VAS",
         "paymentData":"21_UMEME_200166426",
         "amount":29182,
         "currency":"UGX",
         "additionalFields":[
            { "id":"destinationBranchCode", "value":"001" },
            { "id":"destinationName", "value":"BASEKANAKYO DEBULA" },
            { "id":"destinationType", "value":"UMEME_ACCOUNT" },
            { "id":"destinationPhone", "value":"704263087" }
         ],
         "walletId":2536583,
         "description":"POSTPAID",
         "customFraudChecks":false
      }
      """
    Then the response status is 200
    And the payment is PENDING with extraInfo carrying dtbSourceAccountNumber, dtbSourceType, dtbDestinationType, dtbDestinationAccountNumber, dtbDestinationName, dtbDestinationPhone
    And extraInfo says dtbDestinationType is "UMEME_ACCOUNT"
    And the wallet has 70818.00 available
    When Fiorano confirms the payment
    Then the payment ends SUCCESSFUL
    And the wallet holds 70818.00

  Scenario: An MTN wallet top-up is confirmed
    When I pay "21_MTN_256779999703" for 29182
    And Fiorano confirms the payment
    Then the payment ends SUCCESSFUL
    And the wallet holds 70818.00

  Scenario: A URA payment for an already paid PRN is rejected and nothing is taken
    When I pay "21_ETAX_2240000000409" for 1500
    Then the payment ends ERROR because "has already been paid"
    And the wallet has 100000.00 available

  Scenario: A confirmation refused by a simulator rule ends ERROR and gives the funds back
    When I pay "21_UMEME_200166426" for 20000
    And a rule makes DTB refuse to confirm the payment with "E57" "UMEME account closed"
    And Fiorano confirms the payment
    Then the payment ends ERROR because "UMEME account closed"
    And the wallet holds 100000.00
    And the wallet has 100000.00 available
