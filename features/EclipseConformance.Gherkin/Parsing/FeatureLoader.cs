using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Messages = Io.Cucumber.Messages.Types;

namespace EclipseConformance.Gherkin.Parsing;

/// <summary>Finds and parses feature files with the official Cucumber Gherkin parser and pickle compiler.</summary>
internal static class FeatureLoader
{
    /// <summary>
    /// Parses every <c>*.feature</c> under <paramref name="baseDirectory"/>/<paramref name="featuresFolder"/> (bin and obj
    /// folders excluded), in path order. Files that do not parse are returned as errors, not thrown.
    /// </summary>
    public static FeatureSet LoadDirectory(string baseDirectory, string featuresFolder)
    {
        ArgumentNullException.ThrowIfNull(baseDirectory);
        ArgumentNullException.ThrowIfNull(featuresFolder);
        var root = Path.GetFullPath(Path.Combine(baseDirectory, featuresFolder));
        var features = new List<FeatureFile>();
        var errors = new List<FeatureParseException>();
        if (!Directory.Exists(root))
            return new FeatureSet(baseDirectory, root, features, errors);

        var files = Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories)
            .Select(path => (Path: path, Uri: Path.GetRelativePath(baseDirectory, path).Replace('\\', '/')))
            .Where(f => !f.Uri.Split('/').Any(part => part is "bin" or "obj"))
            .OrderBy(f => f.Uri, StringComparer.Ordinal);
        foreach (var (path, uri) in files)
        {
            try
            {
                features.Add(Parse(uri, File.ReadAllText(path)));
            }
            catch (FeatureParseException ex)
            {
                errors.Add(ex);
            }
        }

        return new FeatureSet(baseDirectory, root, features, errors);
    }

    /// <summary>Parses one feature file's text; <paramref name="uri"/> names it in ids, messages and reports.</summary>
    public static FeatureFile Parse(string uri, string source)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(source);
        global::Gherkin.Ast.GherkinDocument ast;
        try
        {
            ast = new global::Gherkin.Parser().Parse(new StringReader(source));
        }
        catch (global::Gherkin.CompositeParserException ex)
        {
            var first = ex.Errors.First();
            throw new FeatureParseException(uri, (int)(first.Location?.Line ?? 0), string.Join("; ", ex.Errors.Select(e => e.Message)));
        }
        catch (global::Gherkin.ParserException ex)
        {
            throw new FeatureParseException(uri, (int)(ex.Location?.Line ?? 0), ex.Message);
        }

        var ids = new PrefixedIdGenerator(uri);
        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, uri);
        var pickles = new PickleCompiler(ids).Compile(document);
        var feature = new FeatureFile(uri, source, document, pickles);
        ScenarioDescriptorBuilder.AddScenarios(feature);
        return feature;
    }

    /// <summary>The Cucumber source message of a feature file.</summary>
    public static Messages.Source ToSource(FeatureFile feature) =>
        new(feature.Uri, feature.Source, Messages.SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN);
}
