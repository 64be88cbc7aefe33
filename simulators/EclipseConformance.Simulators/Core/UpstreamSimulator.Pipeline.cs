using System.Text;
using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace EclipseConformance.Simulators;

public abstract partial class UpstreamSimulator
{
    /// <summary>Every request: journal it, apply the first matching fault, otherwise run the route.</summary>
    private async Task<IResponseMessage> HandleAsync(SimRoute route, IRequestMessage message)
    {
        var http = HttpContextSlot.Current;
        var request = SimRequest.From(message, Clock.GetUtcNow());
        request.Operation = route.Operation(request);
        var record = Journal.Begin(request);
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(
            _lifetime?.Token ?? CancellationToken.None, http?.RequestAborted ?? CancellationToken.None);
        try
        {
            var fault = Faults.TryConsume(request);
            if (fault is null)
            {
                var response = await route.InvokeAsync(request, abandon.Token);
                record.Complete(response.StatusCode, response.Body);
                return ToMessage(response);
            }

            record.Fault(fault);
            SimulatorLog.FaultApplied(_logger, Name, fault.Id, fault.Spec.Outcome.Kind, request.Method, request.Path, request.Operation);
            return await ApplyFaultAsync(fault.Spec.Outcome, route, request, record, http, abandon.Token);
        }
        catch (OperationCanceledException)
        {
            SimulatorLog.Abandoned(_logger, Name, request.Method, request.Path);
            record.Complete(null, null);
            return Abort(http);
        }
        catch (Exception ex)
        {
            SimulatorLog.HandlerFailed(_logger, ex, Name, request.Method, request.Path);
            var failure = RenderHttpError(request, 500);
            record.Complete(failure.StatusCode, failure.Body);
            return ToMessage(failure);
        }
    }

    private async Task<IResponseMessage> ApplyFaultAsync(
        FaultOutcome outcome,
        SimRoute route,
        SimRequest request,
        RequestJournal.Record record,
        HttpContext? http,
        CancellationToken abandon)
    {
        var processed = outcome.ProcessFirst ? await route.InvokeAsync(request, abandon) : null;
        if (outcome.Kind == FaultKind.Timeout)
        {
            var hold = outcome.Delay > TimeSpan.Zero ? outcome.Delay : Options.MaxHold;
            await WaitAsync(hold, abandon);
            record.Complete(null, null);
            return Abort(http);
        }

        await WaitAsync(outcome.Delay, abandon);
        SimResponse response;
        switch (outcome.Kind)
        {
            case FaultKind.Delay:
                response = processed ?? await route.InvokeAsync(request, abandon);
                break;
            case FaultKind.HttpStatus:
                response = outcome.Body is null
                    ? RenderHttpError(request, outcome.StatusCode)
                    : new SimResponse(outcome.StatusCode, outcome.ContentType ?? GuessContentType(outcome.Body), outcome.Body);
                break;
            case FaultKind.Respond:
                response = new SimResponse(outcome.StatusCode == 0 ? 200 : outcome.StatusCode, outcome.ContentType ?? GuessContentType(outcome.Body!), outcome.Body!);
                break;
            case FaultKind.BusinessError:
                response = RenderBusinessError(request, outcome.ErrorCode!, outcome.ErrorMessage);
                break;
            case FaultKind.MalformedBody:
                var seed = processed ?? RenderMalformedSeed(request);
                record.Complete(seed.StatusCode, "(malformed) " + seed.Body);
                return ToMessage(seed, FaultType.MALFORMED_RESPONSE_CHUNK);
            case FaultKind.EmptyResponse:
                var status = outcome.StatusCode == 0 ? 200 : outcome.StatusCode;
                record.Complete(status, string.Empty);
                return ToMessage(new SimResponse(status, SimResponse.JsonContentType, string.Empty), FaultType.EMPTY_RESPONSE);
            case FaultKind.ConnectionReset:
                record.Complete(null, null);
                return Abort(http);
            default:
                throw new InvalidOperationException($"Unhandled fault kind {outcome.Kind}.");
        }

        record.Complete(response.StatusCode, response.Body);
        return ToMessage(response);
    }

    private Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, Context.LatencyClock, cancellationToken) : Task.CompletedTask;

    private static ResponseMessage Abort(HttpContext? http)
    {
        if (http is null)
        {
            throw new InvalidOperationException("No HTTP context to abort; the simulator middleware is missing.");
        }

        http.Abort();
        return new ResponseMessage { StatusCode = 499 };
    }

    private static ResponseMessage ToMessage(SimResponse response, FaultType fault = FaultType.NONE)
    {
        var message = new ResponseMessage
        {
            StatusCode = response.StatusCode,
            BodyData = new BodyData
            {
                BodyAsString = response.Body,
                DetectedBodyType = BodyType.String,
                Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            },
            FaultType = fault,
        };
        message.AddHeader("Content-Type", response.ContentType);
        return message;
    }

    private static string GuessContentType(string body)
    {
        var trimmed = body.TrimStart();
        return trimmed.StartsWith('<') ? SimResponse.XmlContentType
            : trimmed.StartsWith('{') || trimmed.StartsWith('[') ? SimResponse.JsonContentType
            : "text/plain; charset=utf-8";
    }
}
