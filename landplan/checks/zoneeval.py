def add_arguments(p):
    pass


def run(job):
    raise NotImplementedError
