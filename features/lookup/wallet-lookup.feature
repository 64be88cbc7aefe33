@lookup @integrator @needs-control
Feature: Customer wallet lookup
  Customer lookup gets the unique walletId on Eclipse from information a customer could give the global integrator,
  even if the customer has several wallets or does not know the walletId. The data on Eclipse is private: the lookup
  does not disclose personal information but gives enough for the integrator to tell whether the wallet is the one
  it wants. At least two of the search criteria must match for a record to be returned, and at most 100 records are
  returned, to protect customers' privacy and prevent generic searching. Obfuscated fields contain "*" to hide the
  full value but give the owner enough to know it is their data. Once a customer has registered on a tenant, they are
  included in the results. The lookup is rate limited to prevent bulk calling, so integrators store the walletId.
  Sources: Global Integrator use cases, "Customer/Wallet Lookup"; fact sheet 3.2 and 8; ADR 0021.

  Background:
    Given I am logged in as the global integrator
    And a customer who registered at a tenant with a wallet

  Rule: At least two of the search criteria must match the customer and the wallet

    Scenario Outline: Two matching criteria return the customer's wallet
      When I look up wallets by the customer's <first> and <second>
      Then the response status is 200
      And the lookup returns exactly the customer's wallet

      Examples:
        | first                  | second                 |
        | lastName               | phone                  |
        | phone                  | nationalIdentityNumber |
        | nationalIdentityNumber | passportNumber         |
        | lastName               | walletFriendlyId       |
        | passportNumber         | walletId               |

    Scenario Outline: One criterion alone returns nothing, even when it matches
      When I look up wallets by the customer's <criterion> only
      Then the response status is 200
      And the lookup returns no records

      Examples:
        | criterion              |
        | lastName               |
        | phone                  |
        | nationalIdentityNumber |
        | walletId               |

    Scenario: Three criteria of which only one matches return nothing
      When I look up wallets by the customer's lastName, another phone and another nationalIdentityNumber
      Then the response status is 200
      And the lookup returns no records

    Scenario: The phone matches with or without the country code
      When I look up wallets by the customer's lastName and the customer's phone written without the country code
      Then the lookup returns exactly the customer's wallet

    Scenario: A customer who registers later is included once registered
      When I look up wallets by the lastName "Vilakazi" and the phone "0827771234"
      Then the lookup returns no records
      When "Thandeka Vilakazi" with the phone "0827771234" registers at a tenant with a wallet
      And I look up wallets by the lastName "vilakazi" and the phone "27827771234"
      Then the lookup returns exactly the wallet of "Thandeka Vilakazi"

  Rule: The result returns at most 100 records

    Scenario: A household sharing a surname and a phone is capped at 100 records in a stable order
      When I look up wallets by the seeded family's surname and phone
      Then the lookup returns 100 records
      And the records are in walletId order
      And the same lookup again returns the same records in the same order

  Rule: Personal fields are obfuscated so the owner recognises them and nobody else learns them

    Scenario: The owner's name, phone and identity numbers are masked with "*"
      Given "Nomvula Cloëte" with the phone "0831239876", the national id "8505055123081" and the passport "Z98765432" registered at a tenant with a wallet
      When I look up wallets by the phone "0831239876" and the passport "Z98765432"
      Then the record of "Nomvula Cloëte" shows:
        | field                  | value         |
        | firstName              | N*****a       |
        | lastName               | C****e        |
        | phone                  | 27*****9876   |
        | nationalIdentityNumber | **********081 |
        | passportNumber         | ******432     |
      And the record names the wallet's tenant, currency, status and whether it accepts payments from other tenants
      And no record contains "Nomvula", "Cloëte", "27831239876", "8505055123081" or "Z98765432"

  Rule: Only global integrators may look up wallets across tenants

    Scenario: A tenant API user is refused
      Given I am logged in as the tenant API user
      When the tenant API user looks up wallets by the customer's lastName and phone
      Then the response status is 403
      And the response is an error envelope with code "SEC001"

  Rule: The lookup is rate limited to prevent bulk calling

    @rate-limits
    Scenario: Bulk searching is refused with RLT001 until the next window
      Given the lookup rate limit is 3 lookups per minute
      When I look up wallets by the customer's lastName and phone 3 times
      Then each lookup said how many lookups remain: 2, 1, 0
      When I look up wallets by the customer's lastName and phone
      Then the response status is 429
      And the response is an error envelope with code "RLT001"
      And the response says to retry after 60 seconds
      When the simulator clock moves forward 1 minutes
      And I look up wallets by the customer's lastName and phone
      Then the response status is 200
      And the lookup returns exactly the customer's wallet
