package chat.loadtest;

/** One benchmark: sets up its own users, drives one path of the server, returns its table. */
interface Scenario {

    String name();

    ResultTable run(RunContext context) throws Exception;
}
