@authentication
Feature: Authentication
  Eclipse issues a JWT for an identity and password, or for a global integrator's answer to a PKI challenge.
  The JWT goes in the Authorization header of every call, expires, and is renewed before it does.
  Sources: Global Integrator use cases, "Authentication"; fact sheet section 2.

  @sandbox-safe
  Scenario: A login returns a bearer token with its expiry and the caller's tenant
    When I log in as the tenant API user
    Then the response status is 200
    And the response has the fields headerName, headerValue, sessionId, tenantId, expires, expiresEpochSecs, roles
    And the header to send is "Authorization" carrying a "Bearer" token

  @sandbox-safe
  Scenario: A wrong password is refused with 401 and the error envelope
    When I log in as the tenant API user with the password "not-the-password"
    Then the response status is 401
    And the response is an error envelope with code "USR002"

  @sandbox-safe
  Scenario: The token is signed with PS256 and lives 15 minutes
    When I log in as the tenant API user
    Then the token is a "PS256" JWT that expires 15 minutes after it was issued
    And the token carries the claims sub, roles, sess, uid, tenant, iat, exp

  @needs-control
  Scenario: A token is refused once it has expired
    Given I am logged in as the tenant API user
    When the simulator clock moves forward 15 minutes
    And I enquire my tenant's funded wallet
    Then the response status is 401
    And the response is an error envelope with code "SEC001"

  @sandbox-safe
  Scenario: Renewing gives a new token for the same session and the old token stops working
    Given I am logged in as the tenant API user
    When I renew my token
    Then the response status is 200
    And the session is the same as before
    And my previous token is refused

  @sandbox-safe
  Scenario: A tampered token is refused
    Given I am logged in as the tenant API user
    When I enquire my tenant's funded wallet with my token altered
    Then the response status is 401

  @integrator
  Scenario: A global integrator logs in by answering a PKI challenge with its private key
    When the global integrator asks for a login challenge and answers it with its private key
    Then the response status is 200
    And the roles include "GLOBAL_INTEGRATOR"
