@callbacks @withdrawals @needs-control
Feature: Callbacks, their signatures and their retries
  Every call Eclipse makes to a channel carries an Eclipse-Signature header, t=<ms since epoch>,v1=<base64>, where v1
  is the HMAC-SHA256 of "<t>.<raw body>" under the tenant's HMACOutboundSignatureKey. A payment or withdrawal
  callback is retried with back-off until the channel answers with a status below 300. A tenant may also require
  its own users to sign what they send (HMACInboundSignatureKey for the positions in HMACInboundSignaturePositions).
  Sources: fact sheet 6.1 (UK-ENC, worked example), 6.3 (UK-RETRY); Global Integrator use cases, "Direct Withdrawal".

  Rule: The signature is HMAC-SHA256 over "<t>.<body>" with the shared key

    Scenario: The document's worked example verifies
      Given the document's example callback body
      When I verify the header "t=1625602409535,v1=b2+TTx2JbaHqeM67fpRye30Go1vdyvyGdoljBqdL9Rg=" with the key "HelloWorld" at its own time
      Then the verifier answers VALID

    Scenario: A body changed after signing does not verify
      Given the document's example callback body with "0028" changed to "0029"
      When I verify the header "t=1625602409535,v1=b2+TTx2JbaHqeM67fpRye30Go1vdyvyGdoljBqdL9Rg=" with the key "HelloWorld" at its own time
      Then the verifier answers SIGNATURE_MISMATCH

    Scenario: A signature older than five minutes is refused as a replay
      Given the document's example callback body
      When I verify the header "t=1625602409535,v1=b2+TTx2JbaHqeM67fpRye30Go1vdyvyGdoljBqdL9Rg=" with the key "HelloWorld" 301 seconds after its time
      Then the verifier answers STALE_TIMESTAMP

  Rule: A callback is retried with back-off until the channel answers below 300

    Scenario: A callback answered 500 is retried after 1 s, then twice 10 s apart, until it is acknowledged
      Given my callback receiver
      And my callback receiver answers 500 to the first 3 callbacks
      And a withdrawal token of 100.00 was sent to the customer's phone with my callback URL
      When the customer withdraws the cash at an ATM with the token and their phone
      Then my callback receiver has received 1 attempt
      When 1 second passes
      Then my callback receiver has received 2 attempts
      When 9 seconds pass
      Then my callback receiver has still received 2 attempts
      When 1 second passes
      Then my callback receiver has received 3 attempts
      When 10 seconds pass
      Then my callback receiver has received 4 attempts
      And every attempt carried the same body, signed for its own timestamp
      When 1 days pass
      Then my callback receiver has still received 4 attempts

  Rule: A tenant that sets HMACInboundSignatureKey for a position refuses unsigned requests from it

    Scenario: An unsigned request from a signing position is refused with 401 and the envelope
      Given my tenant requires signed requests from the position "TENANT_SYSTEM" with the key "spec-inbound-key"
      When I enquire my tenant's funded wallet
      Then the response status is 401
      And the response is an error envelope with code "SEC001"

    Scenario: A request signed with the tenant's inbound key is accepted
      Given my tenant requires signed requests from the position "TENANT_SYSTEM" with the key "spec-inbound-key"
      When I enquire my tenant's funded wallet, signed with the key "spec-inbound-key"
      Then the response status is 200

    Scenario: A request signed with another key is refused
      Given my tenant requires signed requests from the position "TENANT_SYSTEM" with the key "spec-inbound-key"
      When I enquire my tenant's funded wallet, signed with the key "not-the-tenant-key"
      Then the response status is 401
