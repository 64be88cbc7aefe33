using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Tests.Rules;

/// <summary>The rule files' <c>simulators</c> section (ADR 0042): layered field by field, validated like every other rule.</summary>
public class SimulatorSettingsRuleTests
{
    [Fact]
    public void Without_a_simulators_section_no_setting_is_made_and_the_configured_values_stay()
    {
        RuleTestFiles.BuildValid(("a.yaml", "version: 1\n")).Simulators.Should().Be(SimulatorSettings.None);
    }

    [Fact]
    public void A_later_file_overrides_the_Fiorano_confirmation_delay_and_null_removes_it()
    {
        var a = ("a.yaml", "version: 1\nsimulators:\n  fiorano:\n    confirmationDelay: 30s\n");
        var b = ("b.yaml", "version: 1\nsimulators:\n  fiorano: {confirmationDelay: 2m}\n");
        var c = ("c.yaml", "version: 1\nsimulators:\n  fiorano: {confirmationDelay: null}\n");
        var other = ("z.yaml", "version: 1\nsimulators: {fiorano: {}}\n");

        RuleTestFiles.BuildValid(a).Simulators.Should().Be(new SimulatorSettings(TimeSpan.FromSeconds(30), "a.yaml"));
        RuleTestFiles.BuildValid(a, b).Simulators.Should().Be(new SimulatorSettings(TimeSpan.FromMinutes(2), "b.yaml"));
        RuleTestFiles.BuildValid(a, b, other).Simulators.Should().Be(new SimulatorSettings(TimeSpan.FromMinutes(2), "b.yaml"), "a file that does not name the field leaves it");
        RuleTestFiles.BuildValid(a, b, c).Simulators.Should().Be(SimulatorSettings.None);
        RuleTestFiles.BuildValid(("zero.yaml", "version: 1\nsimulators: {fiorano: {confirmationDelay: 0ms}}\n")).Simulators.FioranoConfirmationDelay
            .Should().Be(TimeSpan.Zero, "confirming at once is allowed");
    }

    [Theory]
    [InlineData("-5s", "has the wrong shape: expected a duration from 0ms to 1d")]
    [InlineData("soon", "has the wrong shape: expected a duration from 0ms to 1d")]
    [InlineData("2d", "must be between 0ms and 1d")]
    [InlineData("999999999w", "is not a duration")]
    public void A_negative_malformed_or_absurd_delay_is_refused_naming_the_setting(string delay, string message)
    {
        var problem = RuleTestFiles.SingleProblem(("dtb.yaml", $"version: 1\nsimulators:\n  fiorano:\n    confirmationDelay: \"{delay}\"\n"));

        problem.File.Should().Be("dtb.yaml");
        problem.Rule.Should().Be("simulators.fiorano.confirmationDelay");
        problem.Line.Should().Be(4);
        problem.Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("version: 1\nsimulators:\n  mnp: {confirmationDelay: 30s}\n", "unknown property 'mnp'")]
    [InlineData("version: 1\nsimulators:\n  fiorano: {confirmDelay: 30s}\n", "unknown property 'confirmDelay'")]
    [InlineData("version: 1\nsimulators:\n  fiorano: {confirmationDelay: 30}\n", "has the wrong shape")]
    public void An_unknown_simulator_or_setting_or_a_bare_number_is_refused(string yaml, string message)
    {
        var problem = RuleTestFiles.SingleProblem(("dtb.yaml", yaml));

        problem.Rule.Should().StartWith("simulators");
        problem.Message.Should().Contain(message);
    }
}
