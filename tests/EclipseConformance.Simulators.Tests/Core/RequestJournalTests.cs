using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.Core;

public class RequestJournalTests
{
    [Fact]
    public void The_journal_keeps_only_the_newest_entries_up_to_its_capacity()
    {
        var journal = new RequestJournal(3, 100, TestSimulators.NewClock());
        for (var i = 1; i <= 5; i++)
        {
            journal.Begin(new SimRequest("GET", "/r/" + i, "", TestSimulators.Epoch)).Complete(200, "ok");
        }

        journal.Entries().Select(e => e.Path).Should().Equal("/r/3", "/r/4", "/r/5");
        journal.Entries(last: 2).Select(e => e.Sequence).Should().Equal(4, 5);
        journal.TotalRecorded.Should().Be(5);
    }

    [Fact]
    public void Bodies_are_cut_to_the_body_limit_and_marked_as_truncated()
    {
        var journal = new RequestJournal(10, 4, TestSimulators.NewClock());
        journal.Begin(new SimRequest("POST", "/x", "abcdefgh", TestSimulators.Epoch)).Complete(201, "123456");

        var entry = journal.Entries().Single();
        entry.RequestBody.Should().Be("abcd");
        entry.RequestBodyTruncated.Should().BeTrue();
        entry.ResponseBody.Should().Be("1234");
        entry.StatusCode.Should().Be(201);
        entry.Completed.Should().BeTrue();
    }

    [Fact]
    public void An_entry_is_visible_while_its_answer_is_still_pending()
    {
        var journal = new RequestJournal(10, 100, TestSimulators.NewClock());
        var record = journal.Begin(new SimRequest("POST", "/slow", "", TestSimulators.Epoch));

        journal.Entries().Single().Completed.Should().BeFalse();
        record.Complete(null, null);
        journal.Entries().Single().Should().Match<JournalEntry>(e => e.Completed && e.StatusCode == null);
    }
}
