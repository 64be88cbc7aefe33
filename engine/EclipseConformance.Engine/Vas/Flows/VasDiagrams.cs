namespace EclipseConformance.Engine.Vas;

/// <summary>
/// The Mermaid diagrams of the VAS state machines as the markdown files in <c>docs/diagrams/</c> hold them
/// (a test fails when a file and its machine disagree; <c>UPDATE_DIAGRAMS=1</c> rewrites them).
/// </summary>
public static class VasDiagrams
{
    public static IReadOnlyList<(string File, string Markdown)> All { get; } =
    [
        ("vas-single-post.md", Render(
            "VAS flow: single POST, asynchronous confirmation (FrontierWeb)",
            nameof(SinglePostMachine),
            "POST moves the funds and answers SUCCESSFUL (ASYNC) or PENDING (SYNC) from Prevending or Vending; Failed reverses the settlement.",
            SinglePostMachine.Mermaid())),
        ("vas-two-step.md", Render(
            "VAS flow: two-step (BUILDING, PUT completes)",
            nameof(TwoStepMachine),
            "POST creates Building; the PUT holds amount + fee and moves to Completing; Completed captures the hold, Failed releases it.",
            TwoStepMachine.Mermaid())),
        ("vas-pending-confirmation.md", Render(
            "VAS flow: PENDING, confirmed later (DTB)",
            nameof(PendingMachine),
            "POST holds amount + fee and submits (Submitting); the status is polled while Pending; Completed captures, Failed releases.",
            PendingMachine.Mermaid())),
    ];

    private static string Render(string title, string machine, string money, string mermaid) =>
        $"# {title}\n\n" +
        $"Generated from `{machine}` (engine/EclipseConformance.Engine/Vas/Flows); `VasStateMachineTests` keeps this file in sync.\n" +
        $"Money: {money}\n\n" +
        "```mermaid\n" + mermaid.TrimEnd() + "\n```\n";
}
