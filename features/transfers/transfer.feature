@transfers @needs-control
Feature: Wallet transfers
  A transfer moves money from one wallet to another at once and atomically: any answer from 200 to 299 means it
  happened, any other answer means it did not. The externalUniqueId, a GUID the caller generates, makes a retry
  safe and lets the caller confirm the result through the transaction query.
  Sources: Global Integrator use cases, "Wallet Transfer to Customer", "Transfer Transaction Query",
  "Reconciliation Query"; fact sheet 3.3 and 3.5.

  Background:
    Given I am logged in as the tenant API user
    And wallets of my tenant:
      | name  | balance |
      | Alice | 500.00  |
      | Bob   | 20.00   |

  Scenario: A successful transfer answers 2xx and moves the money at once
    When I transfer 120.50 from "Alice" to "Bob"
    Then the transfer succeeds
    And "Alice" holds 379.50
    And "Bob" holds 140.50

  Scenario: A transfer is confirmed by querying its externalUniqueId
    When I transfer 10.00 from "Alice" to "Bob"
    Then querying the transactions of "Alice" by that externalUniqueId finds one transaction of -10.00
    And querying the transactions of "Bob" by that externalUniqueId finds one transaction of 10.00

  Scenario: Repeating a transfer with the same externalUniqueId changes nothing
    When I transfer 10.00 from "Alice" to "Bob"
    And I send the same transfer again
    Then the transfer succeeds
    And "Alice" holds 490.00

  Scenario: Reusing an externalUniqueId for a different transfer is refused
    When I transfer 10.00 from "Alice" to "Bob"
    And I transfer 11.00 from "Alice" to "Bob" reusing that externalUniqueId
    Then the response status is 409
    And the response is an error envelope with code "IAE002"
    And "Alice" holds 490.00

  Scenario Outline: A rejected transfer changes nothing
    When I transfer <amount> from "<from>" to "<to>"
    Then the response status is <status>
    And the response is an error envelope with code "<code>"
    And "Alice" holds 500.00
    And "Bob" holds 20.00

    Examples:
      | case               | amount       | from  | to    | status | code   |
      | insufficient funds | 20.01        | Bob   | Alice | 400    | IAE001 |
      | zero amount        | 0            | Alice | Bob   | 400    | VAL001 |
      | ten decimals       | 0.0000000001 | Alice | Bob   | 400    | VAL001 |
      | same wallet        | 1.00         | Alice | Alice | 400    | VAL001 |

  Scenario: Checking a transfer with onlyCheck changes nothing
    When I check a transfer of 100.00 from "Alice" to "Bob"
    Then the transfer succeeds
    And "Alice" holds 500.00

  Scenario: A tenant user cannot pay into another tenant
    When I transfer 1.00 from "Alice" to the other tenant's funded wallet
    Then the response status is 403
    And "Alice" holds 500.00

  Scenario: The ledger stays balanced
    When I transfer 1.00 from "Alice" to "Bob"
    Then the ledger invariants hold
