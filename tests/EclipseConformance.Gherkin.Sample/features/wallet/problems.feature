@problems
Feature: Problem reports
  Scenarios that fail, are undefined, ambiguous, pending or skipped on purpose, so the reports can be checked.

  Background:
    Given a wallet holding 10.00

  Scenario: A wrong expectation fails with the step's location
    When 1.00 is deposited
    Then the balance is 12.00
    And the balance is 11.00

  Scenario: An undefined step suggests a binding
    When the wallet is frozen for 3 days
    Then the balance is 10.00

  Scenario: An ambiguous step names both bindings
    When the wallet is audited

  Scenario: A pending step is reported as pending
    When interest is added

  @needs-control
  Scenario: A scenario needing the control plane is skipped with a reason
    When 1.00 is deposited
    Then the balance is 11.00
