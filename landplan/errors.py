"""The one exception the ``landplan`` command turns into a one-sentence message and an exit code."""

#: exit codes: 0 done, 1 unexpected failure, 2 bad input (file, layer, field, option), 3 bad data
#: (no / unusable CRS), 4 cluster (cannot start or reach the scheduler), 130 interrupted
EXIT_OK, EXIT_FAILURE, EXIT_INPUT, EXIT_DATA, EXIT_CLUSTER, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130


class UserError(Exception):
    """A problem the user can fix; ``str()`` is one sentence naming the file, field or option."""

    def __init__(self, message, code=EXIT_INPUT):
        super().__init__(message)
        self.code = code
