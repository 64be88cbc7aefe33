using EclipseConformance.Gherkin.Parsing;

namespace EclipseConformance.Gherkin.Tests.Parsing;

public sealed class FeatureLoaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gherkin-loader-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Feature_files_are_found_recursively_in_path_order_skipping_bin_and_obj()
    {
        Write("features/wallets/balance.feature", "Feature: Balance\n  Scenario: S\n    Given x\n");
        Write("features/auth/login.feature", "Feature: Login\n  Scenario: S\n    Given x\n");
        Write("features/auth/bin/Release/copy.feature", "Feature: Copy\n");
        Write("features/obj/generated.feature", "Feature: Generated\n");

        var set = FeatureLoader.LoadDirectory(_directory, "features");

        set.Features.Select(f => f.Uri).Should().Equal("features/auth/login.feature", "features/wallets/balance.feature");
        set.Errors.Should().BeEmpty();
    }

    [Fact]
    public void A_file_that_does_not_parse_is_reported_with_its_line_and_the_others_still_load()
    {
        Write("features/good.feature", "Feature: Good\n  Scenario: S\n    Given x\n");
        Write("features/bad.feature", "Feature: Bad\n  Scenario: S\n    Given x\n  Oops this is not gherkin\n");

        var set = FeatureLoader.LoadDirectory(_directory, "features");

        set.Features.Should().ContainSingle(f => f.Name == "Good");
        var error = set.Errors.Should().ContainSingle().Subject;
        error.Uri.Should().Be("features/bad.feature");
        error.Line.Should().Be(4);
        error.Message.Should().StartWith("features/bad.feature:4:");
    }

    [Fact]
    public void A_missing_features_folder_gives_an_empty_set() =>
        FeatureLoader.LoadDirectory(_directory, "nowhere").Features.Should().BeEmpty();

    [Fact]
    public void Ids_are_stable_across_parses_and_distinct_across_files()
    {
        const string text = "Feature: F\n  Scenario: S\n    Given x\n";

        var first = FeatureLoader.Parse("features/a.feature", text);
        var again = FeatureLoader.Parse("features/a.feature", text);
        var other = FeatureLoader.Parse("features/b.feature", text);

        again.Scenarios[0].Id.Should().Be(first.Scenarios[0].Id);
        other.Scenarios[0].Id.Should().NotBe(first.Scenarios[0].Id);
    }

    [Fact]
    public void A_feature_without_a_name_is_named_after_its_file()
    {
        var feature = FeatureLoader.Parse("features/unnamed.feature", "Feature:\n  Scenario: S\n    Given x\n");

        feature.Scenarios[0].DisplayName.Should().Be("features/unnamed.feature — S");
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
