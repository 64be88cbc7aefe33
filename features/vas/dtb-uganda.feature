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

  Scenario Outline: A <lookup> lookup answers the account's details as text fields in the document's order, then asks for the msisdn
    When I ask for the VAS catalog with the document's query "<query>"
    Then the catalog answers partner 21 "DTBUGVasProvider" with one product "<productId>" named "<utility>"
    And its additionalFields are, in order: <fields>, msisdn
    And its <name field> is "<name>"
    And its <amount field> is the whole amount <amount>, written as text
    And its last field asks for the msisdn as a NUMERIC "Phone number" matching "^[0-9]{8,16}$"

    @nwsc
    Examples: NWSC water (document: "NWSC Bill Payment", Step One; reference 21117391 in area Kampala)
      | lookup     | utility | query                                 | productId     | fields                                                              | name field | name            | amount field   | amount |
      | NWSC water | NWSC    | catalogQuery=21_NWSC_21117391_Kampala | NWSC_21117391 | CustRef, PropertyRef, CustName, Area, OutstandingBal, CustomerError | CustName   | ROBERT MWESIGYE | OutstandingBal | 71683  |

    @umeme
    Examples: UMEME electricity (document: "UMEME - Electricity Bill Payment", Step One; the balance as printed, negative)
      | lookup        | utility | query                           | productId       | fields                                                                                  | name field   | name             | amount field | amount |
      | UMEME account | UMEME   | catalogQuery=21_UMEME_200166426 | UMEME_200166426 | customerRef, customerType, customerName, statusDescription, balance, statusCode, credit | customerName | BAFUKAWA  RONALD | balance      | -21103 |

    @ura
    Examples: URA tax (document: "URA Tax Payments", Step 1; the PRN query in its bare form)
      | lookup  | utility | query                 | productId          | fields                                                                                                 | name field   | name                       | amount field | amount |
      | URA PRN | ETAX    | 21_ETAX_2240000621955 | ETAX_2240000621955 | Prn, Tin, TaxpayerName, Amount, ExpiryDt, StatusCode, StatusDesc, Currency, PaymentRegDt, IsSentToBank | TaxpayerName | DAMBAK ENTERPRISES LIMITED | Amount       | 25000  |

  Scenario Outline: The document's <example> payment is PENDING with the amount reserved and the documented dtb* keys, and settles when DTB confirms it
    When I send the document's DTB payment request:
      | paymentData   | amount   | description   | destinationBranchCode | destinationName   | destinationType   | destinationPhone   |
      | <paymentData> | <amount> | <description> | 001                   | <destinationName> | <destinationType> | <destinationPhone> |
    Then the payment is PENDING for <amount> UGX with paymentReference "<reference>"
    And extraInfo carries, in the document's order, <documented keys>
    And extraInfo's dtbCallingCustomerId is the paying customer's id as a number and every other dtb* value is text
    And extraInfo says dtbDestinationName is "<destinationName>"
    And the wallet holds 100000.00
    And the wallet has <left> available
    When Fiorano confirms the payment
    Then the payment ends SUCCESSFUL
    And the wallet holds <left>

    @umeme
    Examples: UMEME electricity (document: "UMEME - Electricity Bill Payment", Step Two, with its example response's keys)
      | example | paymentData        | amount | description | destinationName    | destinationType | destinationPhone | reference | left     | documented keys                                                                                                                                                                                                                                                                                                                                                                    |
      | UMEME   | 21_UMEME_200166426 | 29182  | POSTPAID    | BASEKANAKYO DEBULA | UMEME_ACCOUNT   | 704263087        | 200166426 | 70818.00 | dtbCallingCustomerCif, dtbCallingCustomerId, dtbCallingCustomerOrganisation, dtbSourceAccountNumber, dtbSourceBankCode, dtbSourceCountryCode, dtbSourceCurrency, dtbSourceName, dtbSourcePhone, dtbSourceType, dtbDestinationType, dtbDestinationAccountNumber, dtbDestinationBankCode, dtbDestinationCountryCode, dtbDestinationCurrency, dtbDestinationName, dtbDestinationPhone |

    @mtn
    Examples: MTN wallet top-up (document: "Fund your MTN wallet through DTB Uganda", Step2, with its example response's keys)
      | example    | paymentData         | amount | description                  | destinationName | destinationType | destinationPhone | reference    | left     | documented keys                                                                                                                                                                                                                                                                                                                                                                                         |
      | MTN top-up | 21_MTN_256779999703 | 29182  | Transfer from bank to wallet | Martha N        | MTN_WALLET      | 256779999703     | 256779999703 | 70818.00 | dtbCallingCustomerCif, dtbCallingCustomerId, dtbCallingCustomerOrganisation, dtbSourceAccountNumber, dtbSourceBranchCode, dtbSourceBankCode, dtbSourceCountryCode, dtbSourceCurrency, dtbSourceName, dtbSourcePhone, dtbSourceType, dtbDestinationType, dtbDestinationAccountNumber, dtbDestinationBankCode, dtbDestinationCountryCode, dtbDestinationCurrency, dtbDestinationName, dtbDestinationPhone |

    @ura
    Examples: URA tax (document: "URA Tax Payments", Step 2, paid with the TIN; its example response's keys, from a wallet rather than a bank account)
      | example | paymentData        | amount | description   | destinationName            | destinationType | destinationPhone | reference  | left     | documented keys                                                                                                                                                                                                                                                                                                                   |
      | URA tax | 21_ETAX_1001307092 | 25000  | 2240000621955 | DAMBAK ENTERPRISES LIMITED |                 |                  | 1001307092 | 75000.00 | dtbCallingCustomerCif, dtbCallingCustomerId, dtbCallingCustomerOrganisation, dtbSourceAccountNumber, dtbSourceBranchCode, dtbSourceBankCode, dtbSourceCountryCode, dtbSourceCurrency, dtbSourceName, dtbSourcePhone, dtbSourceType, dtbDestinationBankCode, dtbDestinationCountryCode, dtbDestinationCurrency, dtbDestinationName |

    @nwsc
    Examples: NWSC water (document: "NWSC Bill Payment", Step Two; the document prints no response, so the keys are those every Uganda example shares)
      | example | paymentData      | amount | description | destinationName | destinationType | destinationPhone | reference | left     | documented keys                                                                                                                                                                                                                                                                                              |
      | NWSC    | 21_NWSC_21117391 | 71683  | 21117391    | ROBERT MWESIGYE |                 |                  | 21117391  | 28317.00 | dtbCallingCustomerCif, dtbCallingCustomerId, dtbCallingCustomerOrganisation, dtbSourceAccountNumber, dtbSourceBankCode, dtbSourceCountryCode, dtbSourceCurrency, dtbSourceName, dtbSourcePhone, dtbSourceType, dtbDestinationBankCode, dtbDestinationCountryCode, dtbDestinationCurrency, dtbDestinationName |
