using System.Security.Cryptography;
using System.Text;
using Gherkin.CucumberMessages;

namespace EclipseConformance.Gherkin.Parsing;

/// <summary>
/// Ids for the AST nodes and pickles of one feature file: a short hash of the file's URI plus a counter, so ids are
/// unique across the run and the same in every process that parses the same file.
/// </summary>
internal sealed class PrefixedIdGenerator(string uri) : IIdGenerator
{
    private readonly string _prefix = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(uri)), 0, 4) + "-";
    private int _next;

    public string GetNewId() => _prefix + _next++.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
