using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Tests.Rules;

public class RuleLayeringTests
{
    [Fact]
    public void A_later_file_changes_only_the_policy_fields_it_sets()
    {
        var set = RuleTestFiles.BuildValid(
            ("a.yaml", "version: 1\npolicies:\n  lookup: {resultCap: 50, matchRule: PHONE_OR_TWO}\n  jwt: {lifetime: 1h}\n"),
            ("b.yaml", "version: 1\npolicies:\n  lookup: {resultCap: 20}\n"));
        set.Policies.Lookup.Should().Be(new LookupPolicy { ResultCap = 20, MatchRule = LookupMatchRule.PhoneOrTwo });
        set.Policies.Jwt.Lifetime.Should().Be(TimeSpan.FromHours(1));
        set.Policies.WithdrawalLimit.Should().BeEquivalentTo(PolicySnapshot.Defaults.WithdrawalLimit);
    }

    [Fact]
    public void Config_items_layer_key_by_key_and_null_removes_an_earlier_value()
    {
        var set = RuleTestFiles.BuildValid(
            ("a.yaml", "version: 1\nconfigItems:\n  global: {x.one: a, x.two: b}\n  tenants:\n    \"7\": {HMACOutboundSignatureKey: k1, x.flag: true, x.json: {a: [1, 2]}}\n"),
            ("b.yaml", "version: 1\nconfigItems:\n  global: {x.two: null}\n  tenants:\n    \"7\": {HMACOutboundSignatureKey: k2}\n"));
        set.ConfigItems.For(0).Should().Contain("x.one", "a").And.NotContainKey("x.two");
        set.ConfigItems.For(0)["mobilerecharge.providers"].Should().EndWith("FrontierVasProvider", "the shipped global items stay");
        set.ConfigItems.For(7).Should().Contain("HMACOutboundSignatureKey", "k2").And.Contain("x.flag", "true").And.Contain("x.json", """{"a":[1,2]}""");
    }

    [Fact]
    public void A_rule_or_behaviour_with_the_same_name_replaces_the_earlier_one_and_enabled_false_switches_it_off()
    {
        var set = RuleTestFiles.BuildValid(
            ("a.yaml", "version: 1\nrules:\n  - {name: big, on: transfer, when: amount > 100, then: {action: reject}}\n  - {name: other, on: lookup, when: criteriaCount < 2, then: {action: reject}}\nbehaviours:\n  - {name: slow, upstream: sms, then: {kind: Delay}, after: 1s}\n"),
            ("b.yaml", "version: 1\nrules:\n  - {name: big, on: transfer, when: amount > 900, then: {action: reject}}\n  - {name: other, on: lookup, when: \"true\", then: {action: reject}, enabled: false}\nbehaviours:\n  - {name: slow, upstream: sms, then: {kind: Delay}, after: 2s}\n"));
        set.Rules.Select(r => r.Name).Should().Equal("big", "other");
        set.Rules[0].When.Expression.Should().Be("amount > 900");
        set.Book.Evaluate(new TransferFacts { Amount = 500 }).Verdict.Should().Be(RuleVerdict.NoMatch);
        set.Book.Evaluate(new LookupFacts { CriteriaCount = 1 }).Verdict.Should().Be(RuleVerdict.NoMatch, "the rule was disabled by the later file");
        set.Behaviours.Should().ContainSingle().Which.Fault.Outcome.Delay.Should().Be(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void One_invalid_file_refuses_the_whole_set_and_reports_every_problem()
    {
        var (set, problems) = RuleTestFiles.Build(
            ("a.yaml", "version: 1\npolicies: {lookup: {resultCap: 5000}}\n"),
            ("b.yaml", "version: 2\n"));
        set.Should().BeNull();
        problems.Select(p => p.File).Should().BeEquivalentTo(["a.yaml", "b.yaml"]);
        problems.Single(p => p.File == "a.yaml").Message.Should().Contain("at most 1000");
    }

    [Fact]
    public void The_hash_changes_with_the_content_and_not_otherwise()
    {
        RuleSetBuilder.Hash([new RuleSource("a.yaml", "version: 1\n", RuleLayer.Directory)])
            .Should().Be(RuleSetBuilder.Hash([new RuleSource("a.yaml", "version: 1\n", RuleLayer.Directory)]))
            .And.NotBe(RuleSetBuilder.Hash([new RuleSource("a.yaml", "version: 1\n\n", RuleLayer.Directory)]));
    }
}
