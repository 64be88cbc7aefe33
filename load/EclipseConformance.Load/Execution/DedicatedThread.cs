namespace EclipseConformance.Load.Execution;

/// <summary>Runs an async method on its own thread: every continuation of its awaits comes back to that thread.</summary>
internal static class DedicatedThread
{
    public static Task RunAsync(string name, Func<Task> body)
    {
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            using var context = new SingleThreadSynchronizationContext();
            SynchronizationContext.SetSynchronizationContext(context);
            Task task;
            try
            {
                task = body();
            }
            catch (Exception ex)
            {
                completion.SetException(ex);
                return;
            }

            task.ContinueWith(static (_, state) => ((SingleThreadSynchronizationContext)state!).Complete(), context, TaskScheduler.Default);
            context.RunOnCurrentThread();
            SynchronizationContext.SetSynchronizationContext(null);
            if (task.Exception is { } exception)
            {
                completion.SetException(exception.InnerExceptions);
            }
            else if (task.IsCanceled)
            {
                completion.SetCanceled();
            }
            else
            {
                completion.SetResult();
            }
        })
        {
            IsBackground = true,
            Name = name,
        };
        thread.Start();
        return completion.Task;
    }
}
