using EclipseConformance.Gherkin;
using EclipseConformance.Gherkin.Assist;

namespace GherkinSample;

[Binding]
public sealed class WalletSteps(WalletState wallet, ScenarioContext scenario)
{
    [Given("a wallet holding {decimal}")]
    public void AWalletHolding(decimal amount) => wallet.Balance = amount;

    [Given("the wallet owner is {string}")]
    public void TheOwnerIs(string owner) => wallet.Owner = owner;

    [When("{decimal} is deposited")]
    public async Task Deposited(decimal amount)
    {
        await Task.Yield();
        wallet.Balance += amount;
    }

    [When("{decimal} is withdrawn")]
    public ValueTask Withdrawn(decimal amount)
    {
        wallet.Balance -= amount;
        return ValueTask.CompletedTask;
    }

    [When("these movements happen:")]
    public void MovementsHappen(DataTable table)
    {
        foreach (var movement in table.CreateSet<Movement>())
            wallet.Balance += movement.Kind == "deposit" ? movement.Amount : -movement.Amount;
    }

    [When("a statement is requested as:")]
    public void StatementRequested(DocString request)
    {
        if (request.MediaType != "json")
            throw new InvalidOperationException("expected a json request");
        wallet.Statement = $"Statement for {wallet.Owner}: {wallet.Balance:0.00}";
    }

    [Then("the statement says {string}")]
    public void StatementSays(string expected) => Assert.Equal(expected, wallet.Statement);

    [Then("the balance is {decimal}")]
    public void BalanceIs(decimal expected)
    {
        if (wallet.Balance != expected)
            scenario.Attach("HTTP exchange", $"GET /wallets/1\n200 OK\n{{\"balance\": {wallet.Balance}}}");
        Assert.Equal(expected, wallet.Balance);
    }

    [When("the wallet is audited")]
    public void Audited()
    {
    }

    [When("the wallet is {word}")]
    public void WalletIs(string state) => _ = state;

    [When("interest is added")]
    public void InterestAdded() => throw new PendingStepException();
}
