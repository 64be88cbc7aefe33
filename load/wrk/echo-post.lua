-- wrk script: the same request the runner's echo profile sends (POST /echo, transfer-sized JSON body).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"fromWalletId":1001,"toWalletId":2002,"amount":"12.50","description":"load echo","externalUniqueId":"echo-000000000001"}'
