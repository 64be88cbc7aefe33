using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Tests.Rules;

namespace EclipseConformance.Engine.Tests.Withdrawals;

public class WithdrawalTypesPolicyTests
{
    [Fact]
    public void The_shipped_types_are_the_ATM_the_retail_cash_token_and_the_two_Nedbank_payouts()
    {
        var types = RuleTestFiles.BuildValid().Policies.WithdrawalTypes;
        types.Keys.Should().BeEquivalentTo("ZA_PAYCORP_ATM", "ZA_PNP_CASH_TOKEN", "ZA_NEDBANK_EFT", "ZA_NEDBANK_EFT_IMMEDIATE");
        var atm = types["ZA_PAYCORP_ATM"];
        (atm.Category, atm.SubType, atm.GatewayName, atm.Currency, atm.Fee, atm.IsToken, atm.TokenLifetime)
            .Should().Be(("ATM", "NORMAL", "ZA_PAYCORP_ATM", "ZAR", 0m, true, TimeSpan.FromDays(6)));
        types["ZA_NEDBANK_EFT"].Should().Match<WithdrawalTypePolicy>(t => !t.IsToken && t.SettlementMin == TimeSpan.FromDays(1) && t.SettlementMax == TimeSpan.FromDays(1));
        types["ZA_NEDBANK_EFT_IMMEDIATE"].Should().Match<WithdrawalTypePolicy>(t => t.SettlementMin == TimeSpan.FromMinutes(5) && t.SettlementMax == TimeSpan.FromMinutes(60));
    }

    [Fact]
    public void A_rule_file_adds_a_type_changes_one_field_of_another_and_removes_a_third()
    {
        var types = RuleTestFiles.BuildValid(("types.yaml", """
            version: 1
            policies:
              withdrawalTypes:
                ZA_SHOPRITE_CASH: { category: CASH, tokenDigits: 8, tokenLifetime: 2d, fee: 1.50, instructions: Show the token at any Shoprite till. }
                ZA_PAYCORP_ATM: { fee: 5.00 }
                ZA_NEDBANK_EFT: null
            """)).Policies.WithdrawalTypes;
        types.Keys.Should().BeEquivalentTo("ZA_PAYCORP_ATM", "ZA_PNP_CASH_TOKEN", "ZA_NEDBANK_EFT_IMMEDIATE", "ZA_SHOPRITE_CASH");
        types["ZA_SHOPRITE_CASH"].Should().Match<WithdrawalTypePolicy>(t => t.Category == "CASH" && t.TokenDigits == 8 && t.TokenLifetime == TimeSpan.FromDays(2) && t.Fee == 1.50m && t.IsToken);
        types["ZA_PAYCORP_ATM"].Fee.Should().Be(5.00m);
        types["ZA_PAYCORP_ATM"].TokenDigits.Should().Be(6, "fields not named keep their earlier value");
    }

    [Theory]
    [InlineData("ZA_PAYCORP_ATM: { tokenDigits: 3 }", "/policies/withdrawalTypes/ZA_PAYCORP_ATM/tokenDigits")]
    [InlineData("ZA_PAYCORP_ATM: { redemption: CHEQUE }", "/policies/withdrawalTypes/ZA_PAYCORP_ATM/redemption")]
    [InlineData("za_lower: { category: ATM }", "/policies/withdrawalTypes")]
    [InlineData("ZA_PAYCORP_ATM: { tokenLifetime: 100d }", "must be between")]
    [InlineData("ZA_NEDBANK_EFT: { settlementDelay: { min: 2d, max: 1d } }", "min must not be after")]
    [InlineData("ZA_PAYCORP_ATM: { fee: 1.234 }", "fee")]
    public void An_invalid_type_is_refused_with_its_position(string yaml, string expected)
    {
        var problem = RuleTestFiles.SingleProblem(("bad.yaml", "version: 1\npolicies:\n  withdrawalTypes:\n    " + yaml + "\n"));
        problem.ToString().Should().Contain("bad.yaml").And.Contain(expected);
    }

    [Fact]
    public void The_policy_writer_round_trips_the_types()
    {
        var set = RuleTestFiles.BuildValid(("t.yaml", "version: 1\npolicies:\n  withdrawalTypes:\n    ZA_X: { category: CASH, redemption: BANK_PAYOUT, settlementDelay: { min: 5m, max: 2h } }\n"));
        var json = PolicyWriter.ToJson(set.Policies)["withdrawalTypes"]!["ZA_X"]!;
        json["redemption"]!.GetValue<string>().Should().Be("BANK_PAYOUT");
        json["settlementDelay"]!["max"]!.GetValue<string>().Should().Be("2h");
        json["gateway"]!.GetValue<string>().Should().Be("ZA_X");
    }
}
