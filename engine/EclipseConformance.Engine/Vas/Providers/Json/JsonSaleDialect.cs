namespace EclipseConformance.Engine.Vas;

/// <summary>
/// How a two-step JSON sale API answers (Pay@, EasyPay): the fields holding its result code and message, the code that
/// approves, the code that is a temporary decline (any other is permanent), the code its status query gives for a sale it
/// never received (with HTTP 404), and the words its messages use for a sale and for the status query.
/// </summary>
public sealed record JsonSaleDialect(
    string Upstream,
    string CodeField,
    string MessageField,
    string ApprovedCode,
    string TemporaryCode,
    string NotFoundCode,
    string Sale,
    string Query);
