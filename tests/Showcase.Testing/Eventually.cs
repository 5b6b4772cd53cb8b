namespace Showcase.Testing;

/// <summary>Waits for a state to be reached, however slow the machine: it asks again and again, and gives up only after a minute.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(1));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The awaited state was not reached.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }
}
