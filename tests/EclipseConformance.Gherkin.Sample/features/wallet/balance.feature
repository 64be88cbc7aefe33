@wallet
Feature: Wallet balance
  A wallet's balance is the sum of what came in minus what went out.

  Background:
    Given a wallet holding 100.00

  Scenario: A deposit raises the balance
    When 25.50 is deposited
    Then the balance is 125.50

  @smoke
  Scenario: Several movements are summed exactly
    When these movements happen:
      | kind     | amount |
      | deposit  | 0.10   |
      | deposit  | 0.20   |
      | withdraw | 0.30   |
    Then the balance is 100.00

  Scenario Outline: A withdrawal lowers the balance
    When <amount> is withdrawn
    Then the balance is <balance>

    @smoke
    Examples: Small amounts
      | amount | balance |
      | 1.00   | 99.00   |
      | 0.01   | 99.99   |

    Examples: Everything
      | amount | balance |
      | 100.00 | 0.00    |

  Rule: Statements describe the wallet
    Background:
      And the wallet owner is "Thandi"

    Scenario: A statement names the owner
      When a statement is requested as:
        """json
        { "format": "text" }
        """
      Then the statement says "Statement for Thandi: 100.00"
