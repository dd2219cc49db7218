# A Brainfuck interpreter: exercises lists, dicts, while loops, chr/ord.
def run(code, inp=""):
    jumps = {}
    stack = []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            j = stack.pop()
            jumps[i] = j
            jumps[j] = i
    tape = [0] * 300
    ptr = 0
    pc = 0
    out = []
    inp_pos = 0
    steps = 0
    while pc < len(code):
        c = code[pc]
        if c == ">":
            ptr += 1
        elif c == "<":
            ptr -= 1
        elif c == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ".":
            out.append(chr(tape[ptr]))
        elif c == ",":
            tape[ptr] = ord(inp[inp_pos]) if inp_pos < len(inp) else 0
            inp_pos += 1
        elif c == "[" and tape[ptr] == 0:
            pc = jumps[pc]
        elif c == "]" and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
        steps += 1
    return "".join(out), steps
hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
print(run(hello))
rev = ">,[>,]<[.<]"
print(run(rev, "stressed"))
upper = ",[" + "-" * 32 + ".,]"
print(run(upper, "shout"))
add = ",>,[<+>-]<" + "-" * 48 + "."
print(run(add, "34"))
