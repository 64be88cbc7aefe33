@withdrawals @needs-control
Feature: Direct withdrawal
  Direct withdrawal via ATM/Cash allows the integrator to send a withdrawal token for an ATM or retailer to a
  customer. The integrator provides the customer phone number and Eclipse SMS's the withdrawal token and
  instructions to the customer. Eclipse verifies that the destination phone number does not receive more than
  R24 000 per month in withdrawal tokens. A callback with the withdrawal result is done when the withdrawal is
  either successful or has an error or timed out; if it fails, the funds remain in the integrator's wallet.
  Sources: Global Integrator use cases, "Direct Withdrawal"; fact sheet section 4; ADRs 0022 and 0023.

  Background:
    Given I am logged in as the global integrator
    And a customer with a mobile phone

  Rule: The integrator's wallet is the source of the withdrawal and the token goes to the customer's phone

    Scenario: A withdrawal token starts PENDING and the amount is reserved in the integrator's wallet at once
      When I send a withdrawal token of 100.00 of type "ZA_PAYCORP_ATM" to the customer's phone
      Then the withdrawal is PENDING with a token
      And the response has the fields withdrawalId, externalUniqueId, status, token, expires, amount, currency, gateway, type, subType, walletId, fee, created and lastModified
      And the gateway is "ZA_PAYCORP_ATM" and the type is "ATM"
      And 100.00 of my wallet is reserved

    Scenario: The phone receives the withdrawal token and instructions by SMS
      When I send a withdrawal token of 250.00 of type "ZA_PAYCORP_ATM" to the customer's phone
      Then the customer's phone receives an SMS with the token, the amount "R250.00" and instructions

    Scenario: Without deliverToPhone the token is given in the answer and no SMS is sent
      When I create a withdrawal token of 50.00 of type "ZA_PAYCORP_ATM" without a phone
      Then the withdrawal is PENDING with a token
      And the customer's phone receives no SMS

    Scenario: An unknown withdrawal type is a data constraint violation and reserves nothing
      When I send a withdrawal token of 10.00 of type "ZA_NOT_A_TYPE" to the customer's phone
      Then the response status is 400
      And the response is an error envelope with code "VAL001"
      And nothing of my wallet is reserved by it

  Rule: A withdrawal ends SUCCESSFUL, ERROR, TIMEOUT or CANCELLED

    Scenario: SUCCESSFUL - the withdrawal has actually been done and the recipient now has the cash
      Given a withdrawal token of 100.00 was sent to the customer's phone
      When the customer withdraws the cash at an ATM with the token and their phone
      Then the ATM dispenses the cash
      And the withdrawal is SUCCESSFUL
      And my wallet's balance went down by 100.00

    Scenario: A wrong token at the ATM is refused and the withdrawal stays PENDING
      Given a withdrawal token of 100.00 was sent to the customer's phone
      When someone keys a wrong token into an ATM with the customer's phone
      Then the ATM declines with "INVALID_TOKEN"
      And the withdrawal is PENDING

    Scenario: The token works only with the phone it was sent to
      Given a withdrawal token of 100.00 was sent to the customer's phone
      When someone keys the token into an ATM with another phone
      Then the ATM declines with "PHONE_MISMATCH"
      And the withdrawal is PENDING

    Scenario: ERROR - something went wrong and the withdrawal will not be possible; the funds remain in the wallet
      Given the ATM network refuses new tokens
      When I send a withdrawal token of 100.00 of type "ZA_PAYCORP_ATM" to the customer's phone
      Then the withdrawal is ERROR with an errorDescription
      And the money is available in my wallet again

    Scenario: TIMEOUT - the expiry was reached before the token was used; the money is available again
      Given a withdrawal token of 100.00 was sent to the customer's phone
      When 6 days pass
      Then the withdrawal is TIMEOUT
      And the money is available in my wallet again

    Scenario: CANCELLED - the token was deleted before it was used; the money is available again
      Given a withdrawal token of 100.00 was sent to the customer's phone
      When I delete the withdrawal
      Then the withdrawal is CANCELLED
      And the money is available in my wallet again

    Scenario: A token that was used cannot be deleted
      Given a withdrawal token of 100.00 was sent to the customer's phone
      And the customer withdrew the cash at an ATM
      When I delete the withdrawal
      Then the response status is 409
      And the response is an error envelope with code "IAE002"

  Rule: A destination phone does not receive more than R24 000 per month in withdrawal tokens

    Scenario Outline: The monthly limit of a phone is R24 000
      Given the customer's phone already received withdrawal tokens of <earlier> this month
      When I send a withdrawal token of <amount> of type "ZA_PAYCORP_ATM" to the customer's phone
      Then the withdrawal is <outcome>

      Examples:
        | case                 | earlier  | amount   | outcome  |
        | exactly the limit    | 0.00     | 24000.00 | accepted |
        | one cent over        | 0.00     | 24000.01 | refused  |
        | topping up exactly   | 20000.00 | 4000.00  | accepted |
        | topping up one cent  | 20000.00 | 4000.01  | refused  |

    Scenario: The limit counts tokens every tenant sent to the phone, in any form of the number
      Given a tenant sent a withdrawal token of 20000.00 to the customer's phone in its local form
      When I send a withdrawal token of 4000.01 of type "ZA_PAYCORP_ATM" to the customer's phone
      Then the withdrawal is refused
      And the refusal says the monthly withdrawal limit was reached

    Scenario: A cancelled token no longer counts
      Given the customer's phone already received withdrawal tokens of 24000.00 this month
      And I delete the withdrawal
      When I send a withdrawal token of 24000.00 of type "ZA_PAYCORP_ATM" to the customer's phone
      Then the withdrawal is accepted

    Scenario: The phone may receive tokens again when the month turns in Johannesburg
      Given the customer's phone already received withdrawal tokens of 24000.00 this month
      When the month turns in Johannesburg
      And I send a withdrawal token of 24000.00 of type "ZA_PAYCORP_ATM" to the customer's phone
      Then the withdrawal is accepted

  Rule: The callback carries the same data as the first response, with the final status

    Scenario: The final status is posted to the callbackUrl, signed
      Given my callback receiver
      And a withdrawal token of 100.00 was sent to the customer's phone with my callback URL
      When the customer withdraws the cash at an ATM with the token and their phone
      Then my callback receiver gets the withdrawal with status SUCCESSFUL
      And the callback equals the withdrawal query
      And the callback carries an Eclipse-Signature

    Scenario: The ledger stays balanced
      Given a withdrawal token of 100.00 was sent to the customer's phone
      When the customer withdraws the cash at an ATM with the token and their phone
      Then the ledger invariants hold
