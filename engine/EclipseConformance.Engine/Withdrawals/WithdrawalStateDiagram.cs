namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// <c>docs/withdrawal-states.md</c>: the Mermaid diagram Stateless exports from <see cref="WithdrawalStateMachine"/>,
/// with a legend. A test regenerates it and fails when the committed file differs (set UPDATE_DOCS=1 to rewrite it).
/// </summary>
public static class WithdrawalStateDiagram
{
    public const string RelativePath = "docs/withdrawal-states.md";

    public static string Document() =>
        $$"""
        # Withdrawal states

        Generated from `WithdrawalStateMachine` (engine/EclipseConformance.Engine/Withdrawals) by Stateless's Mermaid export;
        `WithdrawalStateMachineTests` fails when this file is out of date (run it with `UPDATE_DOCS=1` to rewrite it).
        States are answered in capitals (`PENDING`, `SUCCESSFUL`, `TIMEOUT`, `CANCELLED`, `ERROR`); the four final
        states accept no trigger. Guards only read facts computed beforehand (is it a token, has it expired); the
        ledger and the callback are applied by `WithdrawalLifecycle` after the machine allowed the transition
        (ADR 0023).

        | Trigger | Fired by |
        |---|---|
        | Redeem | the ATM/retail network simulator authorising a cash-out, or `POST /sim/v1/withdrawals/{id}/redeem` |
        | Settle | the sweeper, when a bank payout's settlement delay has passed |
        | Expire | the sweeper, when a token's lifetime has run out on the engine's clock |
        | Cancel | `DELETE /tenants/{t}/wallets/{w}/withdrawals/{id}` |
        | Fail | the ATM network refusing the token, or registration / SMS failing after the attempt limit |

        SUCCESSFUL captures the hold (amount to the tenant's float, fee to its fee wallet); the other final states
        release it.

        ```mermaid
        {{WithdrawalStateMachine.Mermaid().Trim()}}
        ```

        """;
}
