# Binary search tree class: insert, search, delete, traversals via generators, height.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
            self.size += 1
            return True
        node = self.root
        while True:
            if key == node.key:
                return False
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Node(key))
                self.size += 1
                return True
            node = child
    def __contains__(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def __len__(self):
        return self.size
    def __iter__(self):
        yield from self._inorder(self.root)
    def _inorder(self, node):
        if node is not None:
            yield from self._inorder(node.left)
            yield node.key
            yield from self._inorder(node.right)
    def preorder(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return []
        return [node.key] + self.preorder(node.left) + self.preorder(node.right)
    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))
    def delete(self, key):
        self.root, removed = self._delete(self.root, key)
        if removed:
            self.size -= 1
        return removed
    def _delete(self, node, key):
        if node is None:
            return None, False
        if key < node.key:
            node.left, r = self._delete(node.left, key)
            return node, r
        if key > node.key:
            node.right, r = self._delete(node.right, key)
            return node, r
        if node.left is None:
            return node.right, True
        if node.right is None:
            return node.left, True
        succ = node.right
        while succ.left is not None:
            succ = succ.left
        node.key = succ.key
        node.right, _ = self._delete(node.right, succ.key)
        return node, True
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    print(k, t.insert(k), end="; ")
print()
print(len(t), list(t), t.preorder(), t.height())
print(40 in t, 41 in t, [k for k in t if k % 20 == 0], sum(t), max(t))
for k in [20, 30, 50, 99]:
    print("delete", k, t.delete(k), list(t), t.preorder(), len(t))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words), words.height())
