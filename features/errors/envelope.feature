@errors @sandbox-safe
Feature: Error envelope
  Every failed call answers with a JSON array of errors, each with type, severity, description, code, traceId and
  spanId, and the HTTP status that fits. Source: fact sheet section 7 (Application Error Codes).

  Background:
    Given I am logged in as the tenant API user

  Scenario Outline: A bad request is answered with the envelope and the documented code
    When I POST to my tenant's "<path>" the body:
      """json
      <body>
      """
    Then the response status is <status>
    And the response is an error envelope with code "<code>"
    And every error carries a 32-hex traceId and a 16-hex spanId

    Examples: Malformed JSON is JPE001
      | path              | body                 | status | code   |
      | wallets/transfers | {"amount":           | 400    | JPE001 |
      | wallets/transfers | {"amount":"ten"}     | 400    | JPE001 |

    Examples: A constraint violation is VAL001
      | path              | body                 | status | code   |
      | wallets/transfers | {}                   | 400    | VAL001 |
      | customers         | {"firstName":"A"}    | 400    | VAL001 |

  Scenario: An unknown wallet is not found with ARCH086
    When I enquire wallet 987654321 of my tenant
    Then the response status is 404
    And the response is an error envelope with code "ARCH086"

  Scenario: A call without a token is refused with 401 and the envelope
    When I enquire my tenant's funded wallet without a token
    Then the response status is 401
    And the response is an error envelope with code "SEC001"

  Scenario: The caller's W3C trace context is continued in the error
    When I send a malformed transfer with the traceparent "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    Then the error's traceId is "0af7651916cd43dd8448eb211c80319c"
