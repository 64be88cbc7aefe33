using EclipseConformance.Gherkin.Runtime;
using EclipseConformance.Gherkin.Tests.Support;

namespace EclipseConformance.Gherkin.Tests.Runtime;

public sealed class ObjectContainerTests
{
    public interface IClock;

    [Fact]
    public async Task Registrations_in_a_parent_are_shared_while_unregistered_classes_are_per_container()
    {
        await using var root = new ObjectContainer();
        root.RegisterInstanceAs(new Log());
        await using var first = new ObjectContainer(root);
        await using var second = new ObjectContainer(root);

        first.Resolve<Log>().Should().BeSameAs(second.Resolve<Log>());
        first.Resolve<Thing>().Should().BeSameAs(first.Resolve<Thing>()).And.NotBeSameAs(second.Resolve<Thing>());
        first.IsRegistered<Log>().Should().BeTrue();
        first.IsRegistered<Thing>().Should().BeFalse();
        first.Resolve<IObjectContainer>().Should().BeSameAs(first);
    }

    [Fact]
    public async Task Types_and_factories_are_created_once_on_first_use()
    {
        await using var container = new ObjectContainer();
        var calls = 0;
        container.RegisterTypeAs<FixedClock, IClock>();
        container.RegisterFactoryAs(_ => new Counter(++calls));

        container.Resolve<IClock>().Should().BeOfType<FixedClock>().And.BeSameAs(container.Resolve<IClock>());
        container.Resolve<Counter>().Number.Should().Be(1);
        container.Resolve<Counter>().Number.Should().Be(1);
        calls.Should().Be(1);
    }

    [Fact]
    public async Task Created_objects_are_disposed_in_reverse_order_and_registered_instances_only_when_asked()
    {
        var log = new Log();
        var container = new ObjectContainer();
        container.RegisterInstanceAs(log);
        container.RegisterInstanceAs(new Disposable(log, "owned"), dispose: true);
        container.RegisterInstanceAs<IDisposable>(new Disposable(log, "not owned"));
        container.Resolve<IDisposable>();
        container.Resolve<Disposable>();
        container.Resolve<Later>();

        await container.DisposeAsync();

        log.Entries.Should().Equal("later", "owned");
    }

    [Fact]
    public async Task An_interface_that_is_not_registered_cannot_be_resolved()
    {
        await using var container = new ObjectContainer();

        container.Invoking(c => c.Resolve<IClock>()).Should().Throw<ObjectContainerException>().WithMessage("Cannot create IClock*");
    }

    public sealed class Thing;

    public sealed class FixedClock : IClock;

    public sealed record Counter(int Number);

    public sealed class Disposable(Log log, string name) : IDisposable
    {
        public void Dispose() => log.Add(name);
    }

    public sealed class Later(Log log) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            log.Add("later");
            return ValueTask.CompletedTask;
        }
    }
}
