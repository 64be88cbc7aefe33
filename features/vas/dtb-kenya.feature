@vas @dtb @needs-control
Feature: DTB Kenya VAS payments through the Fiorano gateway (partner 19)
  Kenyan tenants pay KRA tax and local bills through Diamond Trust Bank. The catalog validates a Payment Registration
  Number (PRN) and answers the amount owed in additionalFields; the local catalog lists the utilities. A payment
  answers PENDING at once, with the funds reserved and the dtb* keys in extraInfo; DTB (Fiorano) confirms later, and
  the payment becomes SUCCESSFUL (the funds move) or ERROR (the funds are released), with a callback either way.
  Sources: VAS use cases, "Kenya VAS providers" (Pay Tax / Purchase VAS through Diamond Trust Bank); ADR 0032-0033.

  Background:
    Given I am logged in as the API user of the Kenya DTB tenant
    And a DTB customer wallet holding 1000.00

  Scenario Outline: A PRN query answers the taxpayer and the amount owed as text fields, in the document's order
    When I ask for the VAS catalog with the document's query "<query>"
    Then the catalog answers partner 19 "dtbQueryUtility" with one product "<productId>" named "ETAX"
    And its additionalFields start with: SystemCode, EslipNumber, PaymentAdviceDate, TaxpayerPin, TaxpayerFullName, TotalAmount
    And its EslipNumber is "<eslip>"
    And its TaxpayerPin is "<pin>"
    And its TaxpayerFullName is "<taxpayer>"
    And its TotalAmount is the whole amount <owed>, written as text

    @kra
    Examples: KRA tax (document: "Pay Tax through Diamond Trust Bank", Step 1; the query carries one extra 0)
      | query                     | productId             | eslip            | pin         | taxpayer                   | owed     |
      | 19_ETAX_10202300000582380 | ETAX_1020230000058238 | 1020230000058238 | P051094777L | Call Fast Services Limited | 52008620 |

  Scenario: The local catalog lists the utilities DTB offers
    When I ask for the VAS catalog with catalogQuery "19_LOCAL-CATALOG"
    Then the catalog lists partner 19 "dtbQueryUtility" with the products ETAX, KE-STARTIMES, KE-DSTV

  Scenario: An unknown PRN is refused
    When I ask for the VAS catalog with catalogQuery "19_ETAX_1020230000000404"
    Then the response status is 400
    And the response is an error envelope with code "IAE001"

  Scenario: A StarTimes payment is PENDING with the funds reserved until DTB confirms it
    Given the channel listens for callbacks
    When I pay "19_KE-STARTIMES_1234567890" for 100 with a callbackUrl
    Then the payment is PENDING with extraInfo carrying dtbCallingCustomerCif, dtbSourceType, dtbDestinationAccountNumber, dtbDestinationCurrency
    And extraInfo says dtbSourceType is "DTB_WALLET"
    And the wallet holds 1000.00
    And the wallet has 900.00 available
    When Fiorano confirms the payment
    Then the payment ends SUCCESSFUL
    And the wallet holds 900.00
    And the channel receives the payment with status SUCCESSFUL

  Scenario: A rule makes DTB confirm after 30 seconds, so the payment is still PENDING after 29 seconds
    Given a rule makes DTB confirm after 30 seconds
    When I pay "19_KE-STARTIMES_1234567890" for 100
    Then the payment is PENDING with extraInfo carrying dtbSourceType
    When 29 seconds pass on the target's clock
    Then DTB has been asked again and the payment is still PENDING
    And the wallet has 900.00 available
    When Fiorano confirms the payment
    Then the payment ends SUCCESSFUL
    And the wallet holds 900.00

  Scenario: A tax payment that is not the amount owed is rejected and nothing is taken
    When I pay "19_ETAX_1020230000060915" for 500
    Then the payment ends ERROR because "does not match the amount due"
    And the wallet has 1000.00 available

  Scenario: A confirmation DTB refuses ends ERROR and gives the funds back
    Given the channel listens for callbacks
    When I pay "19_KE-DSTV_4400500" for 250 with a callbackUrl
    Then the payment is PENDING with extraInfo carrying dtbSourceType
    When Fiorano confirms the payment
    Then the payment ends ERROR because "declined by the core banking system"
    And the wallet holds 1000.00
    And the wallet has 1000.00 available
    And the channel receives the payment with status ERROR
    And the ledger invariants hold

  Scenario Outline: The document's <example> payment is PENDING with the amount reserved and the documented dtb* keys, and settles when DTB confirms it
    Given a DTB customer wallet holding <balance>
    When I send the document's DTB payment request:
      | paymentData   | amount   | description   |
      | <paymentData> | <amount> | <description> |
    Then the payment is PENDING for <amount> KES with paymentReference "<reference>"
    And extraInfo carries, in the document's order, <documented keys>
    And extraInfo's dtbCallingCustomerId is the paying customer's id as a number and every other dtb* value is text
    And extraInfo says dtbSourceType is "DTB_WALLET"
    And the wallet holds <balance>
    And the wallet has <left> available
    When Fiorano confirms the payment
    Then the payment ends SUCCESSFUL
    And the wallet holds <left>

    @kra
    Examples: KRA tax (document: "Pay Tax through Diamond Trust Bank", Step 2)
      | example | balance     | paymentData              | amount   | description | reference        | left     | documented keys                                                                                                                                                                                               |
      | KRA tax | 52100000.00 | 19_ETAX_1020230000060915 | 52008620 |             | 1020230000060915 | 91380.00 | dtbCallingCustomerCif, dtbCallingCustomerId, dtbCallingCustomerOrganisation, dtbSourceBankCode, dtbSourceCountryCode, dtbSourceCurrency, dtbSourceName, dtbSourcePhone, dtbSourceType, dtbDestinationCurrency |

    @startimes
    Examples: StarTimes (document: "Purchase VAS through Diamond Trust Bank", Step 2)
      | example   | balance | paymentData                | amount | description                             | reference  | left   | documented keys                                                                                                                                                                                                                            |
      | StarTimes | 500.00  | 19_KE-STARTIMES_1234567890 | 100    | VAS KE-STARTIMES payment for 1234567890 | 1234567890 | 400.00 | dtbCallingCustomerCif, dtbCallingCustomerId, dtbCallingCustomerOrganisation, dtbSourceBankCode, dtbSourceCountryCode, dtbSourceCurrency, dtbSourceName, dtbSourcePhone, dtbSourceType, dtbDestinationAccountNumber, dtbDestinationCurrency |
