using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace EclipseConformance.Engine.Tests.Vas.Support.TestProviders;

/// <summary>
/// A small upstream for the two-step and pending flows until issue 7's providers exist: a real WireMock.Net server on a
/// loopback port. The account number decides the outcome: <c>ok-*</c> succeeds, <c>decline-*</c> is refused,
/// <c>slow-*</c> is done upstream but the answer is held until the test ends (the caller times out), <c>fail-*</c>
/// (pending flow) ends FAILED after one PENDING poll.
/// </summary>
public sealed class TestUpstream : IDisposable
{
    private readonly WireMockServer _server;
    private readonly ConcurrentDictionary<string, string> _done = new();
    private readonly ConcurrentDictionary<string, (string Account, int Polls)> _submissions = new();
    private readonly ConcurrentDictionary<string, int> _arrived = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TestUpstream()
    {
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false, ReadStaticMappings = false });
        _server.Given(Request.Create().WithPath("/complete").UsingPost()).RespondWith(Response.Create().WithCallback(CompleteAsync));
        _server.Given(Request.Create().WithPath("/status/*").UsingGet()).RespondWith(Response.Create().WithCallback(Status));
        _server.Given(Request.Create().WithPath("/submit").UsingPost()).RespondWith(Response.Create().WithCallback(Submit));
        _server.Given(Request.Create().WithPath("/submission/*").UsingGet()).RespondWith(Response.Create().WithCallback(Submission));
    }

    public string Url => _server.Url!;

    /// <summary>How many requests arrived at a path (prefix match), counted on arrival (WireMock's log only has answered ones).</summary>
    public int Count(string pathPrefix) => _arrived.Where(a => a.Key.StartsWith(pathPrefix, StringComparison.Ordinal)).Sum(a => a.Value);

    public void Dispose()
    {
        _release.TrySetResult();
        _server.Stop();
        _server.Dispose();
    }

    private async Task<IResponseMessage> CompleteAsync(IRequestMessage request)
    {
        Arrived(request);
        var body = JsonNode.Parse(request.Body!)!;
        var reference = body["reference"]!.GetValue<string>();
        var account = body["account"]!.GetValue<string>();
        if (account.StartsWith("decline-", StringComparison.Ordinal))
        {
            return Json(200, new JsonObject { ["status"] = "DECLINED", ["message"] = "Account blocked" });
        }

        _done[reference] = "R-" + reference;
        if (account.StartsWith("slow-", StringComparison.Ordinal))
        {
            await _release.Task;
        }

        return Json(200, new JsonObject { ["status"] = "DONE", ["receipt"] = _done[reference] });
    }

    private IResponseMessage Status(IRequestMessage request) =>
        Arrived(request) && _done.TryGetValue(request.Path["/status/".Length..], out var receipt)
            ? Json(200, new JsonObject { ["status"] = "DONE", ["receipt"] = receipt })
            : Json(404, new JsonObject { ["status"] = "NOT_FOUND" });

    private IResponseMessage Submit(IRequestMessage request)
    {
        Arrived(request);
        var body = JsonNode.Parse(request.Body!)!;
        var reference = body["reference"]!.GetValue<string>();
        _submissions[reference] = (body["account"]!.GetValue<string>(), 0);
        return Json(200, new JsonObject { ["status"] = "ACCEPTED", ["dtbReference"] = "DTB-" + reference });
    }

    private IResponseMessage Submission(IRequestMessage request)
    {
        Arrived(request);
        var reference = request.Path["/submission/".Length..];
        if (!_submissions.TryGetValue(reference, out var submission))
        {
            return Json(404, new JsonObject { ["status"] = "NOT_FOUND" });
        }

        _submissions[reference] = submission with { Polls = submission.Polls + 1 };
        var status = submission.Polls == 0 ? "PENDING" : submission.Account.StartsWith("fail-", StringComparison.Ordinal) ? "FAILED" : "SUCCESS";
        return Json(200, new JsonObject { ["status"] = status, ["dtbReference"] = "DTB-" + reference, ["message"] = status == "FAILED" ? "Insufficient funds at the bank" : null });
    }

    private bool Arrived(IRequestMessage request)
    {
        _arrived.AddOrUpdate(request.Path ?? "", 1, (_, n) => n + 1);
        return true;
    }

    private static ResponseMessage Json(int status, JsonObject body)
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = BodyType.String, Encoding = new UTF8Encoding(false) },
        };
        response.AddHeader("Content-Type", "application/json");
        return response;
    }
}
