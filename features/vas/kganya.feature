@vas @kganya @needs-control
Feature: Kganya VAS purchases (South Africa, partner 16)
  Kganya sells bills and data bundles. The catalog is per customer: catalogQuery=16_{mobile or 0}_{ID number} lists
  the customer's items with product ids {mobile}_{id}_{n}; paymentData is 16_{productId}. The POST answers BUILDING;
  a PUT with amount, walletId and landingUrl completes it.
  Sources: VAS use cases, "Purchase VAS from Kganya"; ADR 0028.

  Background:
    Given I am logged in as the API user of the South African tenant
    And a South African customer wallet holding 1000.00

  Scenario: The document's catalogQuery lists the customer's items
    When I ask for the VAS catalog with catalogQuery "16_0310564280_T089775335322"
    Then the response status is 200
    And the catalog lists partner 16 as "Kganya"

  Scenario: A catalogQuery without the ID number is refused
    When I ask for the VAS catalog with catalogQuery "16_0310564280"
    Then the response status is 400
    And the response is an error envelope with code "VAL001"

  Scenario: The document's purchase is BUILDING until its PUT completes it
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
        "callbackUrl": "http://www.blankwebsite.com",
        "externalUniqueId": "{{$randomUUID}}",
        "paymentData": "16_0310564280_T089775335322_3",
        "type": "GLOBAL_VAS",
        "currency": "ZAR",
        "walletId": 2536583
      }
      """
    Then the response status is 200
    And the payment status is BUILDING
    When I complete the payment with:
      """json
      {
        "amount": 320,
        "walletId": 2536583,
        "landingUrl": "https://www.google.com/"
      }
      """
    Then the payment status is SUCCESSFUL
    And extraInfo carries result, receiptNumber
    And the wallet holds 677.00

  Scenario: A lapsed policy is declined by Kganya and the reserved funds are released
    When I start a purchase of "16_0_8001015009087_2" with msisdn "27821234567"
    And I complete the payment with amount 80
    Then the payment is FAILED with an errorDescription
    And the wallet holds 1000.00

  Scenario: A payment whose answer was lost is confirmed by Kganya's status query
    Given the kganya simulator processes Pay requests whose productId is "0_T089775335322_2" but the answer never arrives
    When I start a purchase of "16_0_T089775335322_2" with msisdn "27821234567"
    And I complete the payment with amount 99 while the provider's timeout passes
    Then the payment status is SUCCESSFUL
    And the wallet holds 898.00
