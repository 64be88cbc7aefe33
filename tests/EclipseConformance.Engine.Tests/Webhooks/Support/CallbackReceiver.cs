using System.Collections.Concurrent;
using System.Text;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace EclipseConformance.Engine.Tests.Webhooks.Support;

/// <summary>
/// A channel's callback endpoint: a real WireMock.Net server on a loopback port chosen by the OS. It answers the n-th
/// request with the n-th scripted status (the last one repeats); <see cref="Hang"/> holds a request open until
/// <see cref="Release"/>. Every request is recorded with the fake clock's time.
/// </summary>
internal sealed class CallbackReceiver : IDisposable
{
    /// <summary>A script entry meaning "never answer (until released)".</summary>
    public const int Hang = -1;

    private readonly WireMockServer _server;
    private readonly TimeProvider _clock;
    private readonly ConcurrentQueue<ReceivedCallback> _received = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private int[] _script;
    private int _count;
    private int _inProgress;

    private CallbackReceiver(TimeProvider clock, int[] script)
    {
        _clock = clock;
        _script = script.Length == 0 ? [200] : script;
        _server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = ["http://127.0.0.1:0"],
            StartAdminInterface = false,
            ReadStaticMappings = false,
            MaxRequestLogCount = 0,
            DisableJsonBodyParsing = true,
        });
        _server.Given(Request.Create().WithPath("/*").UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(HandleAsync));
    }

    public static CallbackReceiver Start(TimeProvider clock, params int[] statuses) => new(clock, statuses);

    public string Url => _server.Url + "/hooks/eclipse";

    public IReadOnlyList<ReceivedCallback> Received => _received.ToArray();

    /// <summary>A real-time pause before each answer (widens the window for concurrency tests).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>The most requests that were being answered at the same time.</summary>
    public int MaxConcurrent { get; private set; }

    /// <summary>Replaces the script for the requests still to come (counted from the next one).</summary>
    public void Respond(params int[] statuses)
    {
        lock (_gate)
        {
            _script = [.. Enumerable.Repeat(_script[^1], _count), .. statuses];
        }
    }

    public void Release() => _release.TrySetResult();

    /// <summary>Waits (real time, bounded) until at least <paramref name="count"/> requests arrived.</summary>
    public async Task WaitForAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (_received.Count < count)
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    public void Dispose()
    {
        Release();
        _server.Stop();
        _server.Dispose();
    }

    private async Task<IResponseMessage> HandleAsync(IRequestMessage message)
    {
        int status;
        lock (_gate)
        {
            status = _script[Math.Min(_count, _script.Length - 1)];
            _count++;
            _inProgress++;
            MaxConcurrent = Math.Max(MaxConcurrent, _inProgress);
        }

        try
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, values) in message.Headers ?? new Dictionary<string, WireMockList<string>>())
            {
                headers[name] = string.Join(",", values);
            }

            var body = message.BodyAsBytes ?? Encoding.UTF8.GetBytes(message.Body ?? "");
            _received.Enqueue(new ReceivedCallback(_clock.GetUtcNow(), message.Method, message.Path, headers, body));
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }

            if (status == Hang)
            {
                await _release.Task;
                status = 200;
            }

            var response = new ResponseMessage
            {
                StatusCode = status,
                BodyData = new BodyData { BodyAsString = $"{{\"received\":{status}}}", DetectedBodyType = BodyType.String, Encoding = new UTF8Encoding(false) },
            };
            response.AddHeader("Content-Type", "application/json");
            if (status is >= 300 and < 400)
            {
                response.AddHeader("Location", _server.Url + "/elsewhere");
            }

            return response;
        }
        finally
        {
            lock (_gate)
            {
                _inProgress--;
            }
        }
    }
}
