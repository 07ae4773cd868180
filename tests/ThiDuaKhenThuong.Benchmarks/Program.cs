using ThiDuaKhenThuong.Benchmarks;

GeneratorOptions options;
try
{
    options = GeneratorOptions.Parse(args, Environment.GetEnvironmentVariable);
}
catch (ArgumentException problem)
{
    Console.Error.WriteLine(problem.Message);
    return 2;
}

var summary = await new DataGenerator(options, Console.Out).RunAsync();
Console.WriteLine(summary);
return 0;
