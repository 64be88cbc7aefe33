namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>The SOAP operations (SOAPAction = namespace + "/" + name).</summary>
public static class FrontierOperation
{
    public const string GetProductList = "GetProductList";
    public const string PreVend = "PreVend";
    public const string Vend = "Vend";
    public const string TransactionCheck = "TransactionCheck";

    public static IReadOnlyList<string> All { get; } = [GetProductList, PreVend, Vend, TransactionCheck];

    public static string SoapAction(string operation) => FrontierXml.Namespace + "/" + operation;
}
