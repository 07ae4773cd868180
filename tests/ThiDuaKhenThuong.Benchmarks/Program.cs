namespace ThiDuaKhenThuong.Benchmarks;

/// <summary>Command line of the data generator (see <see cref="GeneratorOptions.Usage"/>).</summary>
internal static class GeneratorProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "load")
        {
            return await Load.LoadProgram.MainAsync(args[1..]);
        }

        GeneratorOptions options;
        try
        {
            options = GeneratorOptions.Parse(args, Environment.GetEnvironmentVariable);
        }
        catch (ArgumentException problem)
        {
            await Console.Error.WriteLineAsync(problem.Message);
            return 2;
        }

        var summary = await new DataGenerator(options, Console.Out).RunAsync();
        Console.WriteLine(summary);
        return 0;
    }
}
