-- wrk script: the transfer request the bench's WireMock.Net baseline sends (POST .../wallets/transfers, a bearer
-- token as long as an engine session token (PS256, ≈ 860 characters), a transfer body). The stub answers 204; wrk counts any other status as "Non-2xx".
local token = "Bearer eyJhbGciOiJQUzI1NiIsInR5cCI6IkpXVCJ9." .. string.rep("x", 470) .. "." .. string.rep("y", 342)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = token
wrk.body = '{"fromWalletId":2000001,"toWalletId":2000002,"amount":12.50,"description":"load wiremock","externalUniqueId":"0196a0b4-1c2d-7e3f-8a4b-5c6d7e8f9a0b"}'
