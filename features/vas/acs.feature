@vas @acs @needs-control
Feature: ACS VAS purchases (South Africa, partner 4)
  ACS sells MTN and Vodacom airtime, data and SMS bundles and prepaid electricity to South African wallets (partner 4).
  The catalog has one entry per network (and one for electricity); the channel keeps the entry of the number's
  network. The POST answers BUILDING; a PUT with amount, walletId and landingUrl completes it. An electricity purchase
  answers an UnPin and the USSD string the user dials to redeem it, both shown on the success screen.
  Sources: VAS use cases, "Purchase VAS from ACS" and its electricity note; ADR 0028.

  Background:
    Given I am logged in as the API user of the South African tenant
    And a South African customer wallet holding 1000.00

  Scenario: Filtered for an MTN number the catalog is the document's list
    When I ask for the VAS catalog with catalogQuery "4_27831234567"
    Then the catalog is partner 4 "MTN" with exactly these products:
      | productTypeName | productId | productName      |
      | SMS             | M502      | SMS30            |
      | SMS             | M504      | SMS100           |
      | DATA            | M511      | DATA350MB        |
      | DATA            | M512      | DATA500MB        |
      | DATA            | M513      | DATA1GB          |
      | DATA            | M514      | DATA2GB          |
      | DATA            | M550      | DATA100MB        |
      | AIRTIME         | 01        | MTN R30 Call     |
      | AIRTIME         | 03        | MTN R60 Call     |
      | AIRTIME         | 05        | MTN R180 Call    |
      | AIRTIME         | 11        | MTN R10 Recharge |
      | AIRTIME         | M500      | MTN Pinless      |

  Scenario: The catalog has an entry per network and one for electricity
    When I ask for the VAS catalog with catalogQuery "4"
    Then the catalog lists partner 4 as "MTN", "Vodacom", "Electricity"

  Scenario: The document's purchase is BUILDING until its PUT completes it
    When I send this payment request:
      """json
      {
        "additionalFields": [
          {
            "id": "msisdn",
            "value": "27831234567"
          }
        ],
        "landingUrl": "https://www.google.com/",
        "callbackUrl": "http://www.blankwebsite.com",
        "externalUniqueId": "{{$randomUUID}}",
        "paymentData": "4_M512",
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
        "amount": 49,
        "walletId":2536583,
        "landingUrl": "https://www.google.com/"
      }
      """
    Then the payment status is SUCCESSFUL
    And extraInfo carries result, acsReference
    And the wallet holds 950.00

  Scenario: An electricity purchase shows the UnPin and the USSD string
    When I start a purchase of "4_E001" with meterNumber "04123456789"
    And I complete the payment with amount 100
    Then the payment status is SUCCESSFUL
    And extraInfo carries unPin, ussdString
    And the wallet holds 898.00

  Scenario: A Vodacom voucher for an MTN number is refused with IAE001
    When I start a purchase of "4_VD50" with msisdn "27831234567"
    Then the response is an error envelope with code "IAE001"
    And the error description is "Invalid voucher for the users network. User is on network id 4 but voucher is for network id 5"

  Scenario: A blocked meter is declined by ACS and the reserved funds are released
    When I start a purchase of "4_E001" with meterNumber "04000000000"
    And I complete the payment with amount 50
    Then the payment is FAILED with an errorDescription
    And the wallet holds 1000.00

  Scenario: A purchase that never reached ACS fails after the timeout and changes no balance
    Given the acs simulator never answers Purchase requests whose msisdn is "27831234562"
    When I start a purchase of "4_M504" with msisdn "27831234562"
    And I complete the payment with amount 30 while the provider's timeout passes
    Then the payment is FAILED with an errorDescription
    And the wallet holds 1000.00
