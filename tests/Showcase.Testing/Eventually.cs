namespace Showcase.Testing;

/// <summary>Waits for a state to be reached, however slow the machine: it asks again and again, and gives up only after a minute.</summary>
public static class Eventually
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    public static async Task TrueAsync(Func<Task<bool>> condition, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        if (!await ReadAsync(condition, done => done, cancellationToken, timeout))
        {
            throw new TimeoutException("The awaited state was not reached.");
        }
    }

    /// <summary>The value read once <paramref name="done"/> holds for it, or the last one read when patience runs out — for the test to assert on.</summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Patience);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(50, cancellationToken);
        }
    }
}
